import { describe, expect, it } from 'vitest';
import { DATE_FORMAT_MESSAGE, parseGermanDate, parseGermanMonth } from '../../shared/domain/german-dates';

describe('parseGermanDate', () => {
  it.each([
    ['15.03.2025', '2025-03-15'],
    ['5.3.2025', '2025-03-05'],
    [' 29.02.2024 ', '2024-02-29'],
    ['2025-03-15', '2025-03-15'],
    ['', null],
  ])('%j → %j', (raw, value) => {
    expect(parseGermanDate(raw)).toEqual({ ok: true, value });
  });

  it.each([
    ['31.02.2025', 'Den 31.02.2025 gibt es nicht im Kalender.'],
    ['2025-13-01', 'Den 2025-13-01 gibt es nicht im Kalender.'],
    ['15.03.25', DATE_FORMAT_MESSAGE],
    ['03/15/2025', DATE_FORMAT_MESSAGE],
    ['morgen', DATE_FORMAT_MESSAGE],
  ])('%j is refused', (raw, message) => {
    expect(parseGermanDate(raw)).toEqual({ ok: false, message });
  });
});

describe('parseGermanMonth', () => {
  it.each([
    ['03/2026', '2026-03'],
    ['3/2026', '2026-03'],
    ['12.2026', '2026-12'],
    ['2026-07', '2026-07'],
    ['', null],
  ])('%j → %j', (raw, value) => {
    expect(parseGermanMonth(raw)).toEqual({ ok: true, value });
  });
  it.each(['13/2026', '00/2026', 'März 2026', '2026'])('%j is refused', (raw) => {
    expect(parseGermanMonth(raw).ok).toBe(false);
  });
});
