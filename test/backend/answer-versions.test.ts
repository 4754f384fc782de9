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
