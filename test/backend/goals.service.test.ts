import { describe, expect, it } from 'vitest';
import type { Agreement } from '../../shared/contract';
import { testBackend, type TestBackend } from '../helpers/backend';

const base = { municipalityName: 'Musterstadt', ags: '05711000', kind: 'kommune' } as const;
const measure = (title: string, extra: Record<string, unknown> = {}) => ({
  title,
  responsibleUnit: 'Jugendamt',
  startMonth: '2026-01',
  endMonth: '2026-12',
  budget: 5000,
  budgetNote: 'aus laufendem Haushalt',
  priority: 'hoch' as const,
  ...extra,
});

function measures(agreement: Agreement) {
  return agreement.fields.flatMap((field) => field.strategicGoals.flatMap((strategic) => strategic.goals.flatMap((goal) => goal.measures)));
}

/** A small agreement in two fields: HF1 with one goal and one measure, HF2 with one goal and two measures. */
async function smallAgreement({ call }: TestBackend, caseId: string) {
  let agreement = await call('goals.addNode', { caseId, kind: 'strategic', parentId: 'hf1', title: 'Familienpolitik verankern' });
  const s1 = agreement.fields[0]!.strategicGoals[0]!.id;
  agreement = await call('goals.addNode', { caseId, kind: 'goal', parentId: s1, title: 'Familienbericht erstellen' });
  const g1 = agreement.fields[0]!.strategicGoals[0]!.goals[0]!.id;
  await call('goals.addMeasure', { caseId, goalId: g1, measure: measure('Bericht beauftragen', { budget: 12000 }) });
  agreement = await call('goals.addNode', { caseId, kind: 'strategic', parentId: 'hf2', title: 'Betreuung ausbauen' });
  const s2 = agreement.fields[1]!.strategicGoals[0]!.id;
  agreement = await call('goals.addNode', { caseId, kind: 'goal', parentId: s2, title: 'Mehr U3-Plätze' });
  const g2 = agreement.fields[1]!.strategicGoals[0]!.goals[0]!.id;
  await call('goals.addMeasure', { caseId, goalId: g2, measure: measure('Kita Nord erweitern', { budget: 250000 }) });
  agreement = await call('goals.addMeasure', { caseId, goalId: g2, measure: measure('Tagespflege werben', { budget: null, endMonth: '2026-03' }) });
  return { agreement, g1, g2 };
}

describe('goals service', () => {
  it('builds and numbers a goal tree, with budget totals per field', async () => {
    const backend = await testBackend();
    const created = await backend.call('cases.create', base);
    const { agreement } = await smallAgreement(backend, created.id);
    expect(measures(agreement).map((entry) => [entry.number, entry.title, entry.status])).toEqual([
      ['1.1.1', 'Bericht beauftragen', 'geplant'],
      ['2.1.1', 'Kita Nord erweitern', 'geplant'],
      ['2.1.2', 'Tagespflege werben', 'geplant'],
    ]);
    expect(agreement.fields.slice(0, 2).map((field) => field.budget)).toEqual([12000, 250000]);
    expect(agreement.totals).toEqual({ budget: 262000, goals: 2, measures: 3 });
  });

  it('renumbers when a measure moves', async () => {
    const backend = await testBackend();
    const created = await backend.call('cases.create', base);
    const { agreement, g2 } = await smallAgreement(backend, created.id);
    const last = measures(agreement)[2]!;
    const moved = await backend.call('goals.move', { caseId: created.id, kind: 'measure', id: last.id, parentId: g2, toPosition: 0 });
    expect(measures(moved).map((entry) => [entry.number, entry.title])).toEqual([
      ['1.1.1', 'Bericht beauftragen'],
      ['2.1.1', 'Tagespflege werben'],
      ['2.1.2', 'Kita Nord erweitern'],
    ]);
  });

  it('refuses invalid measures with German messages', async () => {
    const backend = await testBackend();
    const created = await backend.call('cases.create', base);
    const { g1 } = await smallAgreement(backend, created.id);
    const bad = await backend.invoke('goals.addMeasure', { caseId: created.id, goalId: g1, measure: measure('X', { startMonth: '2026-06', endMonth: '2026-01', budget: 1.234 }) });
    expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    if (!bad.ok) {
      expect(bad.error.issues?.map((issue) => issue.message)).toEqual(expect.arrayContaining(['Das Ende liegt vor dem Beginn.', 'Höchstens zwei Nachkommastellen (Cent).']));
    }
  });

  it('after adoption, changes need an amendment, which is recorded with what changed', async () => {
    const backend = await testBackend();
    const caseId = (await backend.call('cases.create', base)).id;
    const { agreement } = await smallAgreement(backend, caseId);
    const kita = measures(agreement)[1]!;
    const adopted = await backend.call('goals.adopt', { caseId, resolutionDate: '2026-03-01', drucksache: 'DS 2026/041' });
    expect(adopted.adopted).toEqual({ resolutionDate: '2026-03-01', drucksache: 'DS 2026/041' });
    expect(await backend.invoke('goals.adopt', { caseId, resolutionDate: '2026-04-01', drucksache: 'DS 2' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });

    const input = { title: kita.title, responsibleUnit: kita.responsibleUnit, startMonth: kita.startMonth, endMonth: '2027-06', budget: 300000, budgetNote: kita.budgetNote, priority: kita.priority };
    const silent = await backend.invoke('goals.updateMeasure', { caseId, measureId: kita.id, measure: input });
    expect(silent).toMatchObject({ ok: false, error: { issues: [{ path: 'amendment.reason' }] } });
    const early = await backend.invoke('goals.updateMeasure', { caseId, measureId: kita.id, measure: input, amendment: { date: '2026-02-01', reason: 'Baukosten gestiegen' } });
    expect(early).toMatchObject({ ok: false, error: { issues: [{ path: 'amendment.date' }] } });
    expect(measures(await backend.call('goals.get', { caseId }))[1]!.budget).toBe(250000);

    const amended = await backend.call('goals.updateMeasure', { caseId, measureId: kita.id, measure: input, amendment: { date: '2026-05-10', reason: 'Baukosten gestiegen' } });
    expect(measures(amended)[1]).toMatchObject({ budget: 300000, endMonth: '2027-06' });
    expect(amended.amendments).toEqual([
      expect.objectContaining({
        amendedOn: '2026-05-10',
        reason: 'Baukosten gestiegen',
        subject: 'Maßnahme 2.1.1 „Kita Nord erweitern“',
        changes: ['Zeitraum: 01/2026 bis 12/2026 → 01/2026 bis 06/2027', 'Budget: 250.000,00 € (aus laufendem Haushalt) → 300.000,00 € (aus laufendem Haushalt)'],
      }),
    ]);
  });

  it('files yearly reports; the latest status counts and the progress shows done, late and dropped', async () => {
    const backend = await testBackend();
    const caseId = (await backend.call('cases.create', base)).id;
    const { agreement } = await smallAgreement(backend, caseId);
    const [report, kita, werben] = measures(agreement);
    await backend.call('goals.saveReport', {
      caseId, year: 1, reportDate: '2026-05-15', comment: 'Erstes Jahr',
      entries: [{ measureId: report!.id, status: 'begonnen', comment: '' }, { measureId: kita!.id, status: 'begonnen', comment: '' }, { measureId: werben!.id, status: 'geplant', comment: '' }],
    });
    const second = await backend.call('goals.saveReport', {
      caseId, year: 2, reportDate: '2026-06-10', comment: '',
      entries: [{ measureId: report!.id, status: 'umgesetzt', comment: 'Bericht liegt vor' }, { measureId: kita!.id, status: 'entfallen', comment: 'Fördermittel gestrichen' }],
    });
    expect(measures(second).map((entry) => [entry.status, entry.statusYear, entry.late])).toEqual([
      ['umgesetzt', 2, false],
      ['entfallen', 2, false],
      ['geplant', 1, true],
    ]);
    expect(second.progress.overall).toEqual({ total: 3, done: 1, running: 0, planned: 0, late: 1, dropped: 1 });
    expect(second.progress.byField.hf2).toMatchObject({ total: 2, dropped: 1, late: 1 });
    expect(second.reports.map((entry) => entry.year)).toEqual([1, 2]);
  });

  it('a Re-Audit sees the previous round with its last status and carries open measures over', async () => {
    const backend = await testBackend();
    const first = (await backend.call('cases.create', base)).id;
    const { agreement } = await smallAgreement(backend, first);
    const [report, kita] = measures(agreement);
    await backend.call('goals.saveReport', { caseId: first, year: 3, reportDate: '2026-06-01', comment: '', entries: [{ measureId: report!.id, status: 'umgesetzt', comment: '' }, { measureId: kita!.id, status: 'begonnen', comment: '' }] });
    const second = (await backend.call('cases.create', { ...base, auditRound: 'reaudit', previousCaseId: first })).id;
    const before = await backend.call('goals.get', { caseId: second });
    expect(before.previous).toMatchObject({ caseId: first, lastReportYear: 3 });
    expect(before.previous!.measures.map((entry) => [entry.number, entry.status, entry.carriedOver])).toEqual([
      ['1.1.1', 'umgesetzt', false],
      ['2.1.1', 'begonnen', false],
      ['2.1.2', 'geplant', false],
    ]);
    const carried = await backend.call('goals.carryOver', { caseId: second, measureIds: [kita!.id] });
    expect(measures(carried).map((entry) => [entry.number, entry.title, entry.carriedFrom])).toEqual([['2.1.1', 'Kita Nord erweitern', kita!.id]]);
    expect(carried.fields[1]!.strategicGoals[0]!.title).toBe('Betreuung ausbauen');
    expect(carried.previous!.measures[1]!.carriedOver).toBe(true);
    const again = await backend.call('goals.carryOver', { caseId: second, measureIds: [kita!.id] });
    expect(measures(again)).toHaveLength(1);
  });
});

describe('measure links', () => {
  it('links a measure to a weakness and to a questionnaire question, and refuses foreign ones', async () => {
    const backend = await testBackend();
    const caseId = (await backend.call('cases.create', base)).id;
    const scoring = await backend.call('scoring.addItem', { caseId, fieldId: 'hf2', kind: 'schwaeche', text: 'Zu wenig U3-Plätze' });
    const weakness = scoring.fields.find((field) => field.id === 'hf2')!.items[0]!.id;
    const question = (await backend.call('questionnaire.get', { caseId })).catalogue.sections.find((section) => section.fieldId === 'hf2')!.questions[0]!.id;
    const { g2 } = await smallAgreement(backend, caseId);
    const linked = await backend.call('goals.addMeasure', { caseId, goalId: g2, measure: measure('Neue Kita', { linkedItemId: weakness, linkedQuestionId: question }) });
    expect(measures(linked).at(-1)).toMatchObject({ linkedItemId: weakness, linkedQuestionId: question });
    expect(await backend.invoke('goals.addMeasure', { caseId, goalId: g2, measure: measure('X', { linkedQuestionId: 'th1.gibt-es-hier-nicht' }) })).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'measure.linkedQuestionId' }] },
    });
  });
});
