import { describe, expect, it } from 'vitest';
import { caseInputSchema, phaseUpdateInputSchema } from '../../shared/contract';

const valid = { municipalityName: 'Musterstadt', ags: '05711000', kind: 'kommune' };
const previousId = '6f1f3c1e-4b7a-4d2e-9a55-0c1b2d3e4f50';

function issues(input: unknown) {
  const result = caseInputSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => [issue.path.join('.'), issue.message]);
}

describe('caseInputSchema', () => {
  it('fills defaults for a minimal case', () => {
    expect(caseInputSchema.parse(valid)).toMatchObject({
      auditRound: 'erstaudit',
      previousCaseId: null,
      population: null,
      projectLead: { name: '', role: '', contact: '' },
    });
  });

  it.each([
    { name: 'empty name', input: { ...valid, municipalityName: '  ' }, expected: [['municipalityName', 'Bitte den Namen der Kommune oder des Kreises angeben.']] },
    { name: 'short AGS', input: { ...valid, ags: '123' }, expected: [['ags', 'Der AGS besteht aus genau 8 Ziffern, z. B. 05711000.']] },
    {
      name: 'Kreis AGS not ending in 000',
      input: { ...valid, kind: 'kreis', ags: '05766012' },
      expected: [['ags', 'Der AGS eines Kreises endet auf 000 (die ersten fünf Ziffern bezeichnen den Kreis).']],
    },
    {
      name: 'Bundesland contradicting the AGS',
      input: { ...valid, bundesland: '09' },
      expected: [['bundesland', 'Der AGS 05711000 gehört zu Nordrhein-Westfalen, nicht zu Bayern.']],
    },
    {
      name: 'Re-Audit without a previous case',
      input: { ...valid, auditRound: 'reaudit' },
      expected: [['previousCaseId', 'Für eine Folgerunde (Re-Audit bzw. Fortschreibung) bitte den vorherigen Auditfall derselben Kommune auswählen.']],
    },
    {
      name: 'Erstaudit with a previous case',
      input: { ...valid, previousCaseId: previousId },
      expected: [['previousCaseId', 'Eine erste Runde (Erstaudit bzw. Erstverfahren) hat keinen vorherigen Auditfall.']],
    },
    { name: 'negative population', input: { ...valid, population: -5 }, expected: [['population', 'Die Einwohnerzahl kann nicht negativ sein.']] },
    {
      name: 'several problems at once',
      input: { ...valid, municipalityName: '', ags: 'x' },
      expected: [
        ['municipalityName', 'Bitte den Namen der Kommune oder des Kreises angeben.'],
        ['ags', 'Der AGS besteht aus genau 8 Ziffern, z. B. 05711000.'],
      ],
    },
  ])('$name', ({ input, expected }) => {
    expect(issues(input)).toEqual(expected);
  });

  it('accepts a Re-Audit with its previous case', () => {
    expect(issues({ ...valid, auditRound: 'reaudit', previousCaseId: previousId })).toEqual([]);
  });
});

describe('phaseUpdateInputSchema', () => {
  const base = { caseId: previousId, phaseKey: 'beteiligung', plannedStart: null, plannedEnd: null, actualStart: null, actualEnd: null };
  it.each([
    { input: base, paths: [] },
    { input: { ...base, actualStart: '2026-05-01', actualEnd: '2026-04-01' }, paths: ['actualEnd'] },
    { input: { ...base, plannedStart: '31.12.2026' }, paths: ['plannedStart'] },
  ])('$input', ({ input, paths }) => {
    const result = phaseUpdateInputSchema.safeParse(input);
    expect(result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'))).toEqual(paths);
  });
});
