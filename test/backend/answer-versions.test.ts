import { describe, expect, it } from 'vitest';
import { testBackend } from '../helpers/backend';

describe('two windows on the same answer', () => {
  it('the later writer that had not seen the newer answer is refused, in German, and nothing is overwritten', async () => {
    const app = await testBackend();
    const caseId = (await app.call('cases.create', { municipalityName: 'Zweifensterstadt', ags: '05711000', kind: 'kommune' })).id;
    const question = (await app.call('questionnaire.get', { caseId })).catalogue.sections.flatMap((section) => section.questions).find((candidate) => candidate.type === 'shortText')!;
    // Both windows loaded the question unanswered.
    const first = await app.call('questionnaire.saveAnswer', { caseId, questionId: question.id, value: 'aus Fenster A', expectedUpdatedAt: null });
    const stale = await app.invoke('questionnaire.saveAnswer', { caseId, questionId: question.id, value: 'aus Fenster B', expectedUpdatedAt: null });
    expect(stale).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringMatching(/inzwischen an anderer Stelle geändert \(jetzt „aus Fenster A“/), issues: [{ path: 'value' }] } });
    expect((await app.call('questionnaire.get', { caseId })).answers.map((answer) => answer.value)).toEqual(['aus Fenster A']);

    // Window A goes on with the version it got back; even in the same millisecond (a fixed clock) the version moves on.
    const second = await app.call('questionnaire.saveAnswer', { caseId, questionId: question.id, value: 'A, zweite Fassung', expectedUpdatedAt: first.answer.updatedAt });
    expect(second.answer.updatedAt > first.answer.updatedAt).toBe(true);
    expect(await app.invoke('questionnaire.saveAnswer', { caseId, questionId: question.id, value: 'B mit altem Stand', expectedUpdatedAt: first.answer.updatedAt })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    // Without a version (the command line, an import) the save goes through as before.
    expect((await app.call('questionnaire.saveAnswer', { caseId, questionId: question.id, value: 'ohne Version' })).answer.value).toBe('ohne Version');
  });
});

describe('two windows on the same text (justifications, summaries)', () => {
  it('a save naming the text it replaces is refused once another window changed that text; the same text goes on', async () => {
    const app = await testBackend();
    const caseId = (await app.call('cases.create', { municipalityName: 'Zweifensterstadt', ags: '05711000', kind: 'kommune' })).id;
    const scoring = await app.call('scoring.get', { caseId });
    const field = scoring.fields[0]!;
    const criterionId = field.criteria[0]!.id;
    const rate = (justification: string, expectedJustification: string) => ({ caseId, criterionId, value: 3, justification, expectedJustification });

    // Both windows saw no justification; A saves first (with spaces the backend trims), B is refused.
    await app.call('scoring.rate', rate('  aus Fenster A ', ''));
    const stale = await app.invoke('scoring.rate', rate('aus Fenster B', ''));
    expect(stale).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringMatching(/^Diese Begründung wurde inzwischen an anderer Stelle geändert \(jetzt „aus Fenster A“\)/), issues: [{ path: 'justification' }] } });
    // A goes on from what it typed (untrimmed): still its own text, so no conflict.
    await app.call('scoring.rate', rate('A, zweite Fassung', '  aus Fenster A '));
    // Without a base (the command line) the later writer wins as before.
    await app.call('scoring.rate', { caseId, criterionId, value: 4, justification: 'ohne Stand' });
    const criterion = (await app.call('scoring.get', { caseId })).fields[0]!.criteria[0]!;
    expect([criterion.rating?.justification, criterion.rating?.value]).toEqual(['ohne Stand', 4]);

    await app.call('scoring.saveSummary', { caseId, fieldId: field.id, summary: 'Zusammenfassung A', expectedSummary: '' });
    expect(await app.invoke('scoring.saveSummary', { caseId, fieldId: field.id, summary: 'Zusammenfassung B', expectedSummary: '' })).toMatchObject({ ok: false, error: { code: 'CONFLICT', issues: [{ path: 'summary' }] } });
    expect((await app.call('scoring.get', { caseId })).fields[0]!.summary).toBe('Zusammenfassung A');

    const certificationCriterion = (await app.call('certification.get', { caseId })).criteria.find((candidate) => candidate.proposedRating === null)!.id;
    const certify = (justification: string, expectedJustification: string) => ({ caseId, criterionId: certificationCriterion, rating: 'erfuellt' as const, justification, expectedJustification });
    await app.call('certification.rate', certify('belegt durch A', ''));
    expect(await app.invoke('certification.rate', certify('belegt durch B', ''))).toMatchObject({ ok: false, error: { code: 'CONFLICT', issues: [{ path: 'justification' }] } });
    // A rating removed keeps nothing, so a window that saw the removal starts from an empty text.
    await app.call('certification.rate', { ...certify('', 'belegt durch A'), rating: null });
    await app.call('certification.rate', certify('neu begründet', ''));
    const stored = (await app.call('certification.get', { caseId })).criteria.find((candidate) => candidate.id === certificationCriterion)!;
    expect([stored.rating, stored.justification]).toEqual(['erfuellt', 'neu begründet']);
  });
});

describe('two windows on the same measure', () => {
  it('a change from a form opened at an older version is refused and changes nothing; the version moves on even in the same millisecond', async () => {
    const app = await testBackend();
    const caseId = (await app.call('cases.create', { municipalityName: 'Zweifensterstadt', ags: '05711000', kind: 'kommune' })).id;
    let agreement = await app.call('goals.addNode', { caseId, kind: 'strategic', parentId: 'hf1', title: 'Familienpolitik verankern' });
    agreement = await app.call('goals.addNode', { caseId, kind: 'goal', parentId: agreement.fields[0]!.strategicGoals[0]!.id, title: 'Familienbericht erstellen' });
    const goalId = agreement.fields[0]!.strategicGoals[0]!.goals[0]!.id;
    agreement = await app.call('goals.addMeasure', { caseId, goalId, measure: { title: 'Bericht beauftragen', budget: 12000 } });
    const opened = agreement.fields[0]!.strategicGoals[0]!.goals[0]!.measures[0]!;

    const first = await app.call('goals.updateMeasure', { caseId, measureId: opened.id, measure: { title: 'Bericht beauftragen', budget: 15000 }, expectedUpdatedAt: opened.updatedAt });
    const afterFirst = first.fields[0]!.strategicGoals[0]!.goals[0]!.measures[0]!;
    expect(afterFirst.updatedAt > opened.updatedAt).toBe(true);
    const stale = await app.invoke('goals.updateMeasure', { caseId, measureId: opened.id, measure: { title: 'Bericht vergeben', budget: 12000 }, expectedUpdatedAt: opened.updatedAt });
    expect(stale).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringMatching(/^Die Maßnahme „Bericht beauftragen“ wurde inzwischen an anderer Stelle geändert/), issues: [{ path: 'measure' }] } });
    const now = (await app.call('goals.get', { caseId })).fields[0]!.strategicGoals[0]!.goals[0]!.measures[0]!;
    expect([now.title, now.budget, now.updatedAt]).toEqual(['Bericht beauftragen', 15000, afterFirst.updatedAt]);
    // Without a version (the command line) the change goes through as before.
    expect((await app.call('goals.updateMeasure', { caseId, measureId: opened.id, measure: { title: 'Bericht vergeben' } })).fields[0]!.strategicGoals[0]!.goals[0]!.measures[0]!.title).toBe('Bericht vergeben');
  });
});
