import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../electron/backend/clock';
import { reauditInput } from '../../shared/domain/reaudit';
import { testBackend, type TestBackend } from '../helpers/backend';
import { completeCase } from '../helpers/complete-case';
import { shippedCatalogue } from '../helpers/catalogues';

const clock = fixedClock('2029-09-01T09:00:00.000Z');
const PROCEDURES = [
  { which: 'audit', ags: '05711000', population: 'hf1.einwohnerzahl', lead: 'hf1.projektleitung' },
  { which: 'bw', ags: '08111000', population: 'th1.einwohnerzahl', lead: 'th1.projektleitung' },
] as const;

async function newCase(app: TestBackend, procedure: (typeof PROCEDURES)[number], population: number | null = 8000) {
  const catalogue = shippedCatalogue(procedure.which);
  return app.call('cases.create', {
    municipalityName: 'Faktenstadt',
    ags: procedure.ags,
    kind: 'kommune',
    catalogueId: catalogue.id,
    population,
    projectLead: { name: 'Dana Beispiel', role: 'Familienbüro', contact: '' },
  });
}

const datesOf = (detail: { phases: { key: string; actualStart: string | null; actualEnd: string | null }[] }, key: string) => {
  const phase = detail.phases.find((candidate) => candidate.key === key)!;
  return [phase.actualStart, phase.actualEnd];
};

describe.each(PROCEDURES)('the recorded facts of a round in $which', (procedure) => {
  const catalogue = shippedCatalogue(procedure.which);
  const milestones = catalogue.milestones!;

  it('date their phases, and the case page and the list agree on the current phase', async () => {
    const app = await testBackend({ clock });
    const created = await newCase(app, procedure);
    const caseId = created.id;
    await completeCase(app, caseId);
    let detail = await app.call('cases.get', { id: caseId });
    expect(datesOf(detail, milestones.resolutionPhase)).toEqual(['2026-03-01', '2026-03-01']);
    expect(datesOf(detail, catalogue.certificate.phase)).toEqual(['2026-03-01', null]);

    const assessment = await app.call('certification.get', { caseId });
    for (const criterion of assessment.criteria) await app.call('certification.rate', { caseId, criterionId: criterion.id, rating: criterion.proposedRating ?? 'erfuellt', justification: '' });
    await app.call('certification.decide', { caseId, certificateDate: '2026-04-01' });
    await app.call('certification.finalize', { caseId });
    detail = await app.call('cases.get', { id: caseId });
    expect(datesOf(detail, catalogue.certificate.phase)).toEqual(['2026-03-01', '2026-04-01']);
    expect(datesOf(detail, milestones.reportsPhase)).toEqual(['2026-04-01', null]);
    expect(detail.currentPhaseKey).toBe(milestones.reportsPhase);
    expect(detail.warnings.filter((warning) => warning.kind === 'ueberfaellig' || warning.kind === 'nicht-begonnen')).toEqual([]);
    const listed = async () => (await app.call('cases.list', {})).items.find((item) => item.id === caseId)!.currentPhaseKey;
    expect(await listed()).toBe(milestones.reportsPhase);

    for (const year of [1, 2, 3]) await app.call('goals.saveReport', { caseId, year, reportDate: `${2026 + year}-04-01`, comment: '', entries: [] });
    detail = await app.call('cases.get', { id: caseId });
    expect(datesOf(detail, milestones.reportsPhase)).toEqual(['2026-04-01', '2029-04-01']);
    const afterReports = milestones.reauditPhase ?? null;
    expect(detail.currentPhaseKey).toBe(afterReports);
    expect(await listed()).toBe(afterReports);

    await app.call('goals.correctResolution', { caseId, resolutionDate: '2026-02-27', drucksache: 'DS 2026/041', reason: 'Datum im Protokoll nachgesehen' });
    detail = await app.call('cases.get', { id: caseId });
    expect(datesOf(detail, milestones.resolutionPhase)).toEqual(['2026-02-27', '2026-02-27']);

    const next = await app.call('cases.create', reauditInput(detail));
    if (milestones.reauditPhase) expect(datesOf(await app.call('cases.get', { id: caseId }), milestones.reauditPhase)).toEqual(['2029-09-01', null]);
    const answers = (await app.call('questionnaire.get', { caseId: next.id })).answers;
    expect(answers.map((answer) => [answer.questionId, answer.value])).toEqual([
      [procedure.population, 8000],
      [procedure.lead, 'Dana Beispiel, Familienbüro'],
    ]);
  }, 60_000);

  it('pre-fill the questions repeating the case data, follow its changes, and leave an answer someone changed alone', async () => {
    const app = await testBackend({ clock });
    const created = await newCase(app, procedure, null);
    const caseId = created.id;
    let questionnaire = await app.call('questionnaire.get', { caseId });
    expect(questionnaire.caseData).toEqual([
      { questionId: procedure.population, field: 'population', value: null },
      { questionId: procedure.lead, field: 'projectLead', value: 'Dana Beispiel, Familienbüro' },
    ]);
    expect(questionnaire.answers.map((answer) => answer.questionId)).toEqual([procedure.lead]);

    const fields = { municipalityName: 'Faktenstadt', ags: procedure.ags, kind: 'kommune' as const, projectLead: created.projectLead };
    await app.call('cases.update', { id: caseId, changes: { ...fields, population: 8000 } });
    await app.call('cases.update', { id: caseId, changes: { ...fields, population: 8100 } });
    questionnaire = await app.call('questionnaire.get', { caseId });
    expect(questionnaire.answers.find((answer) => answer.questionId === procedure.population)?.value).toBe(8100);

    await app.call('questionnaire.saveAnswer', { caseId, questionId: procedure.population, value: 8090, referenceDate: '2028-12-31' });
    await app.call('cases.update', { id: caseId, changes: { ...fields, population: 8200 } });
    questionnaire = await app.call('questionnaire.get', { caseId });
    expect(questionnaire.answers.find((answer) => answer.questionId === procedure.population)).toMatchObject({ value: 8090, referenceDate: '2028-12-31' });
    expect(questionnaire.caseData.find((entry) => entry.field === 'population')?.value).toBe(8200);
  });

  it('propose the formal criteria from their checks; a deviation needs a reason, and finalising refuses one left unexplained', async () => {
    const app = await testBackend({ clock });
    const caseId = (await newCase(app, procedure)).id;
    let assessment = await app.call('certification.get', { caseId });
    const covered = assessment.criteria.find((criterion) => criterion.checks.includes('felder-abgedeckt'))!;
    expect(covered.proposedRating).toBe('nicht_erfuellt');
    const refused = await app.invoke('certification.rate', { caseId, criterionId: covered.id, rating: 'erfuellt', justification: '' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', issues: [{ path: 'justification', message: expect.stringMatching(/Bewertet mit „erfüllt“, die berechnete Prüfung ergibt „nicht erfüllt“ \(offen: Jedes Feld hat mindestens ein Ziel\)\. Eine abweichende Bewertung braucht eine Begründung/) }] } });
    assessment = await app.call('certification.rate', { caseId, criterionId: covered.id, rating: 'erfuellt', justification: 'Ziele für HF6 stehen im Kreiskonzept.' });
    expect(assessment.criteria.find((criterion) => criterion.id === covered.id)).toMatchObject({ deviation: expect.stringMatching(/^Bewertet mit „erfüllt“/), deviationJustified: true });

    for (const criterion of assessment.criteria.filter((candidate) => candidate.id !== covered.id)) {
      await app.call('certification.rate', { caseId, criterionId: criterion.id, rating: criterion.proposedRating ?? 'teilweise', justification: '' });
    }
    const deadlines = assessment.criteria.find((criterion) => criterion.checks.includes('fristen'))!;
    expect(deadlines.proposedRating).toBe('erfuellt');
    // A phase runs late after the rating: the rating now contradicts its check without a reason.
    await app.call('timeline.updatePhase', { caseId, phaseKey: catalogue.phases[0]!.key, plannedStart: '2029-01-01', plannedEnd: '2029-02-01', actualStart: '2029-01-05', actualEnd: null, note: '' });
    assessment = await app.call('certification.get', { caseId });
    expect(assessment.criteria.find((criterion) => criterion.id === deadlines.id)).toMatchObject({ proposedRating: 'nicht_erfuellt', deviation: expect.stringMatching(/Die Phasen liegen in ihren Fristen/), deviationJustified: false });
    expect(await app.invoke('certification.finalize', { caseId })).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringMatching(/^1 Kriterium weicht ohne Begründung von der berechneten Prüfung ab/) } });
  });
});
