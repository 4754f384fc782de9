import { describe, expect, it } from 'vitest';
import { compareScores, completeness, fieldScore, overallScore, type Rating } from '../../shared/scoring/scores';

const scale04 = { min: 0, max: 4 };
const criteria = [
  { id: 'a', weight: 1 },
  { id: 'b', weight: 2 },
  { id: 'c', weight: 3 },
];
const v = (value: number): Rating => ({ kind: 'value', value });
const nb: Rating = { kind: 'notRatable' };

describe('fieldScore', () => {
  it.each<[string, Record<string, Rating>, { score: number | null; rated: number; notRatable: number; invalid?: string[] }]>([
    ['nothing rated: no score, not zero', {}, { score: null, rated: 0, notRatable: 0 }],
    ['everything "nicht bewertbar": no score', { a: nb, b: nb, c: nb }, { score: null, rated: 0, notRatable: 3 }],
    ['one criterion at the top', { a: v(4) }, { score: 100, rated: 1, notRatable: 0 }],
    ['zero is a score', { a: v(0) }, { score: 0, rated: 1, notRatable: 0 }],
    ['weighted mean: (1×0 + 2×50 + 3×100) / 6', { a: v(0), b: v(2), c: v(4) }, { score: 66.7, rated: 3, notRatable: 0 }],
    ['"nicht bewertbar" does not count', { a: v(4), b: nb, c: v(0) }, { score: 25, rated: 2, notRatable: 1 }],
    ['a rating outside the scale does not count', { a: v(4), b: v(7) }, { score: 100, rated: 1, notRatable: 0, invalid: ['b'] }],
    ['a fractional rating does not count', { a: v(2.5) }, { score: null, rated: 0, notRatable: 0, invalid: ['a'] }],
  ])('%s', (_label, ratings, expected) => {
    const result = fieldScore(criteria, new Map(Object.entries(ratings)), scale04);
    expect(result).toMatchObject({ ...expected, total: 3, invalid: expected.invalid ?? [] });
  });

  it('weights zero: rated criteria of weight 0 count for nothing; only such criteria give no score', () => {
    const zero = [
      { id: 'a', weight: 0 },
      { id: 'b', weight: 0 },
    ];
    expect(fieldScore(zero, new Map([['a', v(4)]]), scale04)).toMatchObject({ score: null, rated: 1 });
    expect(fieldScore([...zero, { id: 'c', weight: 1 }], new Map([['a', v(4)], ['c', v(1)]]), scale04)).toMatchObject({ score: 25, rated: 2 });
  });

  it('scale changes between catalogue versions: the same position on either scale gives the same score', () => {
    const oldRound = fieldScore([{ id: 'a', weight: 1 }], new Map([['a', v(3)]]), { min: 0, max: 4 });
    const newRound = fieldScore([{ id: 'a', weight: 1 }], new Map([['a', v(4)]]), { min: 1, max: 5 });
    expect(oldRound.score).toBe(75);
    expect(newRound.score).toBe(75);
    // A value carried over from a 0–4 scale is invalid on a 1–5 scale when it is 0.
    expect(fieldScore([{ id: 'a', weight: 1 }], new Map([['a', v(0)]]), { min: 1, max: 5 })).toMatchObject({ score: null, invalid: ['a'] });
  });
});

describe('overallScore and completeness', () => {
  it.each<[(number | null)[], number | null]>([
    [[], null],
    [[null, null], null],
    [[50, null, 100], 75],
    [[33.3, 66.7, 0], 33.3],
  ])('overall of %j is %j', (scores, expected) => {
    expect(overallScore(scores)).toBe(expected);
  });

  it.each<[{ rated: number; notRatable: number; total: number }[], number]>([
    [[], 0],
    [[{ rated: 0, notRatable: 0, total: 5 }], 0],
    [[{ rated: 2, notRatable: 1, total: 4 }, { rated: 0, notRatable: 0, total: 4 }], 38],
    [[{ rated: 4, notRatable: 0, total: 4 }], 100],
  ])('completeness of %j is %i %', (fields, expected) => {
    expect(completeness(fields)).toBe(expected);
  });
});

describe('compareScores', () => {
  it.each<[number | null, number | null, string, number | null]>([
    [50, 75, 'besser', 25],
    [75, 50, 'schlechter', -25],
    [50, 51.5, 'gleich', 1.5],
    [50, 48, 'schlechter', -2],
    [null, 40, 'neu bewertet', null],
    [40, null, 'noch nicht bewertet', null],
    [null, null, 'ohne Bewertung', null],
  ])('%j → %j is %s', (previous, current, trend, delta) => {
    expect(compareScores(previous, current)).toEqual({ trend, delta });
  });
});
