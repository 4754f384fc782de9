import { describe, expect, it } from 'vitest';
import { wrappedRowHeight } from '../../electron/backend/xlsx/print-layout';

describe('wrappedRowHeight', () => {
  it.each([
    { row: ['kurz', 12, null], widths: [10, 10, 10], height: 15 },
    { row: ['x'.repeat(25)], widths: [10], height: 45 },
    { row: ['x'.repeat(20), 'y'.repeat(41)], widths: [10, 20], height: 45 },
    { row: ['eins\nzwei\ndrei'], widths: [40], height: 45 },
    { row: ['x'.repeat(10_000)], widths: [10], height: 180 },
    { row: [{ date: '2026-01-01' }, ''], widths: [1, 1], height: 15 },
  ])('a row needing $height pt', ({ row, widths, height }) => {
    expect(wrappedRowHeight(row, widths)).toBe(height);
  });
});
