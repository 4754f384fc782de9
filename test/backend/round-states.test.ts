import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../electron/backend/clock';
import { testBackend, type TestBackend } from '../helpers/backend';

/** Three years after the certificate, so that every yearly report lies in the past. */
const clock = fixedClock('2030-02-01T09:00:00.000Z');
import { completeCase } from '../helpers/complete-case';

const base = { municipalityName: 'Rundenstadt', ags: '05711000', kind: 'kommune' } as const;

/** A complete round with every criterion fulfilled, finalised with its certificate. */
async function finalisedRound(app: TestBackend): Promise<string> {
  const caseId = (await app.call('cases.create', base)).id;
  await completeCase(app, caseId);
  for (const criterion of (await app.call('certification.get', { caseId })).criteria) {
    await app.call('certification.rate', { caseId, criterionId: criterion.id, rating: 'erfuellt', justification: 'belegt' });
  }
  await app.call('certification.decide', { caseId, certificateDate: '2026-06-01' });
  await app.call('certification.finalize', { caseId });
  return caseId;
}

const measuresOf = (agreement: { fields: { strategicGoals: { goals: { id: string; measures: { id: string; status: string }[] }[] }[] }[] }) =>
  agreement.fields.flatMap((field) => field.strategicGoals.flatMap((strategic) => strategic.goals.flatMap((goal) => goal.measures)));

describe('round states', () => {
  it('after the certificate, yearly reports and amendments stay open while the assessed content is frozen, and each page says why', async () => {
    const app = await testBackend({ clock });
    const caseId = await finalisedRound(app);
    const agreement = await app.call('goals.get', { caseId });
    expect(agreement).toMatchObject({ editable: false, amendable: true, reportsEditable: true, lockReason: null });
    const measures = measuresOf(agreement);
    for (const year of [1, 2, 3]) {
      await app.call('goals.saveReport', { caseId, year, reportDate: `${2026 + year}-03-01`, comment: `Jahr ${year}`, entries: measures.map((measure) => ({ measureId: measure.id, status: year === 3 ? 'umgesetzt' : 'begonnen', comment: '' })) });
    }
    expect((await app.call('goals.get', { caseId })).reports.map((report) => report.year)).toEqual([1, 2, 3]);
    const goalId = agreement.fields[0]!.strategicGoals[0]!.goals[0]!.id;
    const amended = await app.call('goals.addMeasure', { caseId, goalId, measure: { title: 'Neue Maßnahme im Umsetzungsjahr 2', priority: 'hoch' }, amendment: { date: '2027-05-01', reason: 'Beschluss des Ausschusses' } });
    expect(amended.amendments.at(-1)).toMatchObject({ reason: 'Beschluss des Ausschusses' });

    const frozen = [
      await app.invoke('questionnaire.saveAnswer', { caseId, questionId: (await app.call('questionnaire.get', { caseId })).catalogue.sections[0]!.questions[0]!.id, value: null }),
      await app.invoke('participation.saveEvent', { caseId, event: { formatId: 'strategie', heldOn: '2026-02-01' } }),
      await app.invoke('timeline.updatePhase', { caseId, phaseKey: 'ist-analyse', plannedStart: null, plannedEnd: null, actualStart: '2026-01-01', actualEnd: '2026-02-01', note: '' }),
    ];
    // The phases after the certificate stay open: the implementation and the Re-Audit are dated during the three years.
    const followUp = await app.call('timeline.updatePhase', { caseId, phaseKey: 're-audit', plannedStart: '2029-03-01', plannedEnd: '2029-12-31', actualStart: null, actualEnd: null, note: 'Vorgespräch vereinbart' });
    expect(followUp.phases.filter((phase) => phase.lockReason === null).map((phase) => phase.key)).toEqual(['umsetzung', 're-audit']);
    expect(followUp.phases.find((phase) => phase.key === 'ist-analyse')?.lockReason).toMatch(/^Die Termine der Phasen bis zum Abschluss der Begutachtung sind eingefroren, weil die Begutachtung abgeschlossen ist\./);
    for (const result of frozen) expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringMatching(/eingefroren, weil die Begutachtung abgeschlossen ist\. Zum Ändern die Begutachtung mit Begründung wieder öffnen\./) } });
    expect((await app.call('questionnaire.get', { caseId })).lockReason).toMatch(/^Der Fragebogen ist eingefroren/);
    expect((await app.call('scoring.get', { caseId })).lockReason).toMatch(/^Die Stärken\/Schwächen-Bewertung ist eingefroren/);
  });

  it('an archived round cannot be changed until it is taken out of the archive, and says so', async () => {
    const app = await testBackend({ clock });
    const caseId = (await app.call('cases.create', base)).id;
    await completeCase(app, caseId);
    await app.call('cases.setArchived', { id: caseId, archived: true });
    const question = (await app.call('questionnaire.get', { caseId })).catalogue.sections[0]!.questions[0]!;
    expect(await app.invoke('questionnaire.saveAnswer', { caseId, questionId: question.id, value: null })).toMatchObject({ ok: false, error: { message: expect.stringMatching(/archiviert.*aus dem Archiv holen/) } });
    expect((await app.call('goals.get', { caseId })).reportsEditable).toBe(false);
    await app.call('cases.setArchived', { id: caseId, archived: false });
    expect((await app.call('questionnaire.get', { caseId })).editable).toBe(true);
  });

  it('a Re-Audit sees its finalised predecessor: previous scores per field and its measures with their last status', async () => {
    const app = await testBackend({ clock });
    const first = await finalisedRound(app);
    const measures = measuresOf(await app.call('goals.get', { caseId: first }));
    await app.call('goals.saveReport', { caseId: first, year: 3, reportDate: '2029-03-01', comment: '', entries: measures.map((measure, index) => ({ measureId: measure.id, status: index === 0 ? 'umgesetzt' : 'begonnen', comment: '' })) });
    const second = (await app.call('cases.create', { ...base, auditRound: 'reaudit', previousCaseId: first })).id;
    const scoring = await app.call('scoring.get', { caseId: second });
    expect(scoring.previous?.caseId).toBe(first);
    expect(scoring.comparison.some((entry) => entry.previous !== null)).toBe(true);
    const agreement = await app.call('goals.get', { caseId: second });
    expect(agreement.previous).toMatchObject({ caseId: first, lastReportYear: 3 });
    expect(agreement.previous!.measures.map((measure) => measure.status)).toEqual(measures.map((_, index) => (index === 0 ? 'umgesetzt' : 'begonnen')));
    const open = agreement.previous!.measures.filter((measure) => measure.status !== 'umgesetzt').map((measure) => measure.id);
    expect(measuresOf(await app.call('goals.carryOver', { caseId: second, measureIds: open }))).toHaveLength(open.length);
  });
});
