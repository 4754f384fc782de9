import { describe, expect, it } from 'vitest';
import { statusAfterLink, statusChangeProblem, voteTotals, votesAfter, type ManualIdeaStatus } from '../../shared/participation/ideas';
import type { IdeaStatus } from '../../shared/vocabulary/participation';

describe('idea status changes', () => {
  it.each<[IdeaStatus, ManualIdeaStatus, string, RegExp | null]>([
    ['neu', 'aufgenommen', '', null],
    ['neu', 'zurueckgestellt', '', null],
    ['aufgenommen', 'neu', '', null],
    ['neu', 'verworfen', 'rechtlich nicht möglich', null],
    ['neu', 'verworfen', '', /begründen/],
    ['neu', 'verworfen', '  nö ', /mindestens 5 Zeichen/],
    ['verworfen', 'neu', '', null],
    ['uebernommen', 'aufgenommen', '', /Verknüpfung mit der Maßnahme lösen/],
    ['uebernommen', 'verworfen', 'doch nicht gewollt', /Verknüpfung/],
  ])('%s → %s (reason %j)', (from, to, reason, problem) => {
    const found = statusChangeProblem(from, to, reason);
    if (problem) expect(found).toMatch(problem);
    else expect(found).toBeNull();
  });

  it.each<[string | null, IdeaStatus, IdeaStatus]>([
    ['m1', 'neu', 'uebernommen'],
    ['m1', 'zurueckgestellt', 'uebernommen'],
    [null, 'uebernommen', 'aufgenommen'],
    [null, 'zurueckgestellt', 'zurueckgestellt'],
  ])('linking to %s from %s gives %s', (measureId, before, after) => {
    expect(statusAfterLink(measureId, before)).toBe(after);
  });
});

describe('dot votes', () => {
  it.each<[number, 1 | -1, number]>([
    [0, 1, 1],
    [3, -1, 2],
    [0, -1, 0],
    [100_000, 1, 100_000],
  ])('%i %i → %i', (votes, delta, after) => {
    expect(votesAfter(votes, delta)).toBe(after);
  });

  it.each([
    ['no ideas', [], { ideas: 0, votes: 0, byField: {} }],
    ['ideas in two fields', [{ fieldId: 'hf1', votes: 3 }, { fieldId: 'hf2', votes: 0 }, { fieldId: 'hf1', votes: 2 }], { ideas: 3, votes: 5, byField: { hf1: { ideas: 2, votes: 5 }, hf2: { ideas: 1, votes: 0 } } }],
  ])('totals of %s', (_name, ideas, totals) => {
    expect(voteTotals(ideas)).toEqual(totals);
  });
});
