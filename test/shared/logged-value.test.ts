import { describe, expect, it } from 'vitest';
import { formatLoggedValue } from '../../shared/change-log/logged-value';

describe('formatLoggedValue', () => {
  it.each([
    [null, '–'],
    ['', '–'],
    ['[]', '–'],
    ['"Frau Beispiel"', 'Frau Beispiel'],
    ['2026-03-01', '01.03.2026'],
    ['2026-02-30', '2026-02-30'],
    [41200, '41.200'],
    ['["hf1","hf2"]', '["hf1","hf2"]'],
    ['x'.repeat(200), `${'x'.repeat(159)}…`],
  ])('shows %j as %j', (value, expected) => {
    expect(formatLoggedValue(value)).toBe(expected);
  });

  it('counts the answers a template was prefilled with instead of listing them', () => {
    expect(formatLoggedValue(JSON.stringify({ 'hf1.a': { value: 1 }, 'hf1.b': { value: 2 } }), 'exported_answers')).toBe('2 Antworten');
    expect(formatLoggedValue('{}', 'exported_answers')).toBe('0 Antworten');
  });

  it('shows a logged time as a German date and time', () => {
    expect(formatLoggedValue('2026-11-21T14:43:41.046Z')).toMatch(/^21\.11\.2026, \d{2}:43$/);
  });
});
