import { describe, expect, it } from 'vitest';
import { reportFieldOf, reportFormSchema } from '../../renderer/src/features/goals/report-form-schema';

const MEASURE = '3f0b8c1e-4b7a-4d2e-9a55-0c1b2d3e4f50';
const issuesOf = (result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join('.'), issue.message]));

describe('the yearly report form', () => {
  it.each([
    [{ date: '15.11.2026', comment: '', entries: [{ measureId: MEASURE, status: 'umgesetzt' as const, comment: 'fertig' }] }, {}],
    [{ date: '', comment: '', entries: [] }, { date: 'Bitte das Datum des Berichts angeben.' }],
    [{ date: '15.11.2026', comment: 'x'.repeat(10_001), entries: [] }, { comment: expect.stringMatching(/\S/) }],
    [{ date: '15.11.2026', comment: '', entries: [{ measureId: MEASURE, status: 'geplant' as const, comment: 'y'.repeat(2001) }] }, { 'entries.0.comment': expect.stringMatching(/\S/) }],
  ])('%#: reports %j', (form, issues) => {
    const result = reportFormSchema.safeParse(form);
    expect(issuesOf(result)).toEqual(issues);
    if (result.success) expect(result.data).toEqual({ reportDate: '2026-11-15', comment: '', entries: form.entries });
  });

  it.each([
    ['reportDate', 'date'],
    ['comment', 'comment'],
    ['entries.3.comment', 'entries.3.comment'],
    ['entries.3.measureId', null],
    ['year', null],
  ])('a backend issue at %s shows at %s', (path, field) => {
    expect(reportFieldOf(path)).toBe(field);
  });
});
