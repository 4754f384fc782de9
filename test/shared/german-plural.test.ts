import { describe, expect, it } from 'vitest';
import { countOf } from '../../shared/domain/german-plural';

describe('countOf', () => {
  it.each([
    [0, '0 Antworten'],
    [1, '1 Antwort'],
    [2, '2 Antworten'],
  ])('%d → %s', (count, text) => {
    expect(countOf(count, 'Antwort', 'Antworten')).toBe(text);
  });
});
