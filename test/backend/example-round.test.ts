import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../electron/backend/clock';
import { testBackend } from '../helpers/backend';

const clock = fixedClock('2026-11-20T09:00:00.000Z');

describe.each(['audit-familiengerechte-kommune', 'bw-managementverfahren'])('the worked example of %s', (catalogueId) => {
  it('is a complete, finalised round made through the services, the same for the same seed', async () => {
    const app = await testBackend({ clock });
    const example = await app.call('cases.createExample', { catalogueId, municipalityName: 'Beispielstadt', seed: 7 });
    const caseId = example.id;
    expect(example.phases.every((phase, index) => index === example.phases.length - 1 || phase.actualStart !== null)).toBe(true);
    expect(example.warnings.filter((warning) => warning.severity !== 'info')).toEqual([]);
    expect(example.certificateValidUntil).not.toBeNull();

    const questionnaire = await app.call('questionnaire.get', { caseId });
    expect(questionnaire.progress.overall.answered).toBe(questionnaire.progress.overall.total);
    // The questions repeating the case data agree with it.
    for (const entry of questionnaire.caseData) expect(questionnaire.answers.find((answer) => answer.questionId === entry.questionId)?.value).toEqual(entry.value);
    expect(questionnaire.caseData.every((entry) => entry.value !== null)).toBe(true);
    const scoring = await app.call('scoring.get', { caseId });
    expect(scoring.completeness).toBe(100);
    expect(scoring.fields.every((field) => field.items.some((item) => item.kind === 'staerke') && field.items.some((item) => item.kind === 'schwaeche'))).toBe(true);
    const agreement = await app.call('goals.get', { caseId });
    expect(agreement.adopted).not.toBeNull();
    expect(agreement.amendments).toHaveLength(1);
    expect(agreement.reports.map((report) => report.year)).toEqual([1, 2]);
    const assessment = await app.call('certification.get', { caseId });
    expect(assessment.finalizedAt).not.toBeNull();
    expect(assessment.checks.filter((check) => !check.passed)).toEqual([]);
    expect(assessment.recommendation).toBe('erteilen');
    // The facilitator's side: a project group, an event of every format, ideas with dots, two of them measures.
    const participation = await app.call('participation.get', { caseId });
    expect(participation.members.length).toBeGreaterThanOrEqual(5);
    expect(participation.missingFormats).toEqual([]);
    expect(participation.events.every((event) => event.heldOn !== null && event.participantTotal > 0 && event.protocol !== '')).toBe(true);
    const summary = await app.call('participation.summary', { caseId });
    expect(summary).toMatchObject({ ideas: 8, measuresFromParticipation: 2 });
    expect(summary.citizenEventsHeld).toBeGreaterThan(0);
    expect(summary.ideasByStatus).toMatchObject({ uebernommen: 2, verworfen: 1, aufgenommen: 1 });

    const again = await testBackend({ clock });
    const twin = await again.call('cases.createExample', { catalogueId, municipalityName: 'Beispielstadt', seed: 7 });
    const values = async (backend: typeof app, id: string) => (await backend.call('questionnaire.get', { caseId: id })).answers.map((answer) => [answer.questionId, answer.value]);
    expect(await values(again, twin.id)).toEqual(await values(app, caseId));
  }, 60_000);
});
