import { describe, expect, it } from 'vitest';
import { addMonths, formatGermanDate, formatGermanDateTime, isValidIsoDate, wholeMonthsBetween } from '../../shared/domain/dates';

describe('isValidIsoDate', () => {
  it.each([
    ['2025-03-15', true],
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['2025-13-01', false],
    ['15.03.2025', false],
    ['2025-3-15', false],
    ['', false],
  ])('%s → %s', (value, expected) => {
    expect(isValidIsoDate(value)).toBe(expected);
  });
});

describe('addMonths', () => {
  it.each([
    ['2025-01-15', 3, '2025-04-15'],
    ['2025-01-31', 1, '2025-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2025-11-30', 3, '2026-02-28'],
    ['2025-05-01', 12, '2026-05-01'],
    ['2025-05-01', 36, '2028-05-01'],
    ['2025-05-01', -1, '2025-04-01'],
  ])('%s + %i months = %s', (start, months, expected) => {
    expect(addMonths(start, months)).toBe(expected);
  });
});

describe('wholeMonthsBetween', () => {
  it.each([
    ['2025-01-15', '2025-04-15', 3],
    ['2025-01-15', '2025-04-14', 2],
    ['2025-01-31', '2025-02-28', 1],
    ['2025-01-01', '2025-01-31', 0],
    ['2024-05-01', '2025-06-02', 13],
  ])('%s to %s = %i', (from, to, expected) => {
    expect(wholeMonthsBetween(from, to)).toBe(expected);
  });
});

describe('formatGermanDate', () => {
  it('writes day.month.year', () => {
    expect(formatGermanDate('2025-03-05')).toBe('05.03.2025');
  });
});

describe('formatGermanDateTime', () => {
  it.each([
    ['2026-11-21T12:05:00.000Z', 'Europe/Berlin', '21.11.2026, 13:05'],
    ['2026-07-01T22:30:00.000Z', 'Europe/Berlin', '02.07.2026, 00:30'],
    ['2026-01-09T08:00:00.000Z', 'UTC', '09.01.2026, 08:00'],
  ])('%s in %s reads %s', (iso, zone, expected) => {
    expect(formatGermanDateTime(iso, zone)).toBe(expected);
  });
});
