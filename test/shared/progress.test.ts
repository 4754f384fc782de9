import { describe, expect, it } from 'vitest';
import { sectionSchema } from '../../shared/catalogue/catalogue-schema';
import { computeProgress } from '../../shared/questionnaire/progress';
import { sectionsForCase } from '../../shared/questionnaire/sections';

const sections = [
  sectionSchema.parse({ id: 's1', title: 'A', fieldId: 'hf1', questions: [
    { id: 'a1', text: 'a1', type: 'shortText', required: true },
    { id: 'a2', text: 'a2', type: 'shortText' },
  ] }),
  sectionSchema.parse({ id: 's2', title: 'B', fieldId: 'hf2', questions: [{ id: 'b1', text: 'b1', type: 'shortText', required: true }] }),
  sectionSchema.parse({ id: 's3', title: 'M', moduleId: 'modul', questions: [{ id: 'm1', text: 'm1', type: 'shortText', required: true }] }),
];

describe('computeProgress', () => {
  it.each([
    { answered: [], overall: { answered: 0, total: 4, requiredAnswered: 0, requiredTotal: 3 }, hf1: { answered: 0, total: 2, requiredAnswered: 0, requiredTotal: 1 } },
    { answered: ['a2'], overall: { answered: 1, total: 4, requiredAnswered: 0, requiredTotal: 3 }, hf1: { answered: 1, total: 2, requiredAnswered: 0, requiredTotal: 1 } },
    { answered: ['a1', 'b1', 'm1'], overall: { answered: 3, total: 4, requiredAnswered: 3, requiredTotal: 3 }, hf1: { answered: 1, total: 2, requiredAnswered: 1, requiredTotal: 1 } },
    { answered: ['unknown'], overall: { answered: 0, total: 4, requiredAnswered: 0, requiredTotal: 3 }, hf1: { answered: 0, total: 2, requiredAnswered: 0, requiredTotal: 1 } },
  ])('answered $answered', ({ answered, overall, hf1 }) => {
    const progress = computeProgress(sections, new Set(answered));
    expect(progress.overall).toEqual(overall);
    expect(progress.byGroup.hf1).toEqual(hf1);
  });

  it('counts module questions only when the case chose the module', () => {
    const catalogue = { questionnaire: { sections } };
    expect(computeProgress(sectionsForCase(catalogue, []), new Set()).overall.total).toBe(3);
    expect(computeProgress(sectionsForCase(catalogue, ['modul']), new Set()).overall.total).toBe(4);
  });
});
