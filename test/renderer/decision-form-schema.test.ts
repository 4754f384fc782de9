import { describe, expect, it } from 'vitest';
import { decisionFieldOf, decisionFormSchema, reopenFormSchema } from '../../renderer/src/features/certification/decision-form-schema';

const CASE = '3f0b8c1e-4b7a-4d2e-9a55-0c1b2d3e4f50';
const issuesOf = (result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join('.'), issue.message]));
const typed = { overriding: false, recommendation: 'erteilen' as const, reason: '', conditions: '', certificateDate: '' };

describe('the decision form', () => {
  it.each([
    [typed, {}, { caseId: CASE, override: null, conditions: [], certificateDate: null }],
    [
      { ...typed, conditions: ' Familienbericht nachreichen \n\n Budget festlegen', certificateDate: '01.06.2026' },
      {},
      { caseId: CASE, override: null, conditions: ['Familienbericht nachreichen', 'Budget festlegen'], certificateDate: '2026-06-01' },
    ],
    [
      { ...typed, overriding: true, recommendation: 'noch_nicht_erteilen' as const, reason: 'Beschluss fehlt noch' },
      {},
      { caseId: CASE, override: { recommendation: 'noch_nicht_erteilen', reason: 'Beschluss fehlt noch' }, conditions: [], certificateDate: null },
    ],
    [{ ...typed, overriding: true, reason: 'kurz' }, { reason: 'Eine abweichende Empfehlung braucht eine schriftliche Begründung (mindestens 10 Zeichen).' }, null],
    [{ ...typed, reason: 'kurz' }, {}, { caseId: CASE, override: null, conditions: [], certificateDate: null }],
    [{ ...typed, certificateDate: '31.02.2026' }, { certificateDate: 'Den 31.02.2026 gibt es nicht im Kalender.' }, null],
    [{ ...typed, certificateDate: 'morgen', conditions: 'x'.repeat(1001) }, { certificateDate: expect.stringMatching(/TT\.MM\.JJJJ/), conditions: expect.stringMatching(/\S/) }, null],
  ])('%#: reports %j', (form, issues, input) => {
    const result = decisionFormSchema(CASE).safeParse(form);
    expect(issuesOf(result)).toEqual(issues);
    expect(result.success ? result.data : null).toEqual(input);
  });

  it.each([
    ['override.reason', 'reason'],
    ['override.recommendation', 'recommendation'],
    ['conditions.4', 'conditions'],
    ['certificateDate', 'certificateDate'],
    ['caseId', null],
  ])('a backend issue at %s shows at %s', (path, field) => {
    expect(decisionFieldOf(path)).toBe(field);
  });
});

describe('the reopen form', () => {
  it.each([
    ['Nachreichung des Familienberichts', {}],
    ['  zu kurz ', { reason: 'Bitte begründen, warum die Begutachtung wieder geöffnet wird (mindestens 10 Zeichen).' }],
  ])('%j reports %j', (reason, issues) => {
    const result = reopenFormSchema(CASE).safeParse({ reason });
    expect(issuesOf(result)).toEqual(issues);
    if (result.success) expect(result.data).toEqual({ caseId: CASE, reason });
  });
});
