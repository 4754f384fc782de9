import { describe, expect, it } from 'vitest';
import { adoptFormSchema, correctionFormSchema } from '../../renderer/src/features/goals/resolution-form-schema';

const issuesOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join('.'), issue.message]));

describe('the resolution forms', () => {
  it.each([
    [{ date: '01.03.2026', drucksache: 'DS 2026/041' }, {}],
    [{ date: '', drucksache: 'DS 1' }, { date: 'Bitte das Datum des Beschlusses angeben.' }],
    [{ date: '31.02.2026', drucksache: 'DS 1' }, { date: expect.stringMatching(/\S/) }],
    [{ date: '01.03.2026', drucksache: '  ' }, { drucksache: 'Bitte die Drucksachen-Nummer angeben.' }],
    [{ date: '', drucksache: '' }, { date: 'Bitte das Datum des Beschlusses angeben.', drucksache: 'Bitte die Drucksachen-Nummer angeben.' }],
  ])('adopting %j reports %j', (form, issues) => {
    const result = adoptFormSchema.safeParse(form);
    expect(issuesOf(result)).toEqual(issues);
    if (result.success) expect(result.data).toEqual({ resolutionDate: '2026-03-01', drucksache: 'DS 2026/041' });
  });

  it.each([
    [{ date: '01.03.2026', drucksache: 'DS 2026/042', reason: 'Drucksache falsch abgeschrieben' }, {}],
    [{ date: '01.03.2026', drucksache: 'DS 2026/042', reason: 'Fehler' }, { reason: 'Bitte begründen, was korrigiert wird und warum (mindestens 10 Zeichen).' }],
    [{ date: 'gestern', drucksache: '', reason: '' }, { date: expect.stringMatching(/\S/), drucksache: 'Bitte die Drucksachen-Nummer angeben.', reason: expect.stringMatching(/mindestens 10 Zeichen/) }],
  ])('correcting with %j reports %j', (form, issues) => {
    expect(issuesOf(correctionFormSchema.safeParse(form))).toEqual(issues);
  });
});
