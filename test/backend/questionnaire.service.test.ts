import { describe, expect, it } from 'vitest';
import type { Question } from '../../shared/catalogue/catalogue-schema';
import { shippedCatalogue } from '../helpers/catalogues';
import { testBackend } from '../helpers/backend';

const base = { municipalityName: 'Musterstadt', ags: '05711000', kind: 'kommune' } as const;
const audit = shippedCatalogue('audit');
const questions = audit.questionnaire.sections.filter((section) => section.fieldId).flatMap((section) => section.questions);
const first = <T extends Question['type']>(type: T, where: (q: Extract<Question, { type: T }>) => boolean = () => true) => {
  const found = questions.find((q): q is Extract<Question, { type: T }> => q.type === type && where(q as Extract<Question, { type: T }>));
  if (!found) throw new Error(`no ${type} question in the catalogue`);
  return found;
};

describe('questionnaire service', () => {
  it('offers every field’s questions and only the chosen modules’ ones', async () => {
    const { call } = await testBackend();
    const plain = await call('cases.create', base);
    const module = audit.modules[0]!;
    const withModule = await call('cases.create', { ...base, municipalityName: 'Modulstadt', ags: '05711004', modules: [module.id] });
    const a = await call('questionnaire.get', { caseId: plain.id });
    const b = await call('questionnaire.get', { caseId: withModule.id });
    expect(a.catalogue.sections.every((section) => section.fieldId)).toBe(true);
    expect(b.catalogue.sections.filter((section) => section.moduleId).map((section) => section.moduleId)).toEqual([module.id]);
    expect(b.progress.overall.total).toBeGreaterThan(a.progress.overall.total);
    expect(withModule.modules).toEqual([{ id: module.id, name: module.name }]);
  });

  it('refuses modules the catalogue does not have', async () => {
    const { invoke } = await testBackend();
    expect(await invoke('cases.create', { ...base, modules: ['modul-gibt-es-nicht'] })).toMatchObject({ ok: false, error: { issues: [{ path: 'modules' }] } });
  });

  it('stores answers with source, time, comment and Stichtag, updates progress, and keeps them across a restart', async () => {
    const first_ = await testBackend();
    const created = await first_.call('cases.create', base);
    const figure = first('number', (q) => q.stichtag && q.required);
    const saved = await first_.call('questionnaire.saveAnswer', {
      caseId: created.id,
      questionId: figure.id,
      value: 120,
      referenceDate: '2026-03-01',
      comment: 'laut Jugendamt',
    });
    expect(saved.answer).toEqual({
      questionId: figure.id,
      value: 120,
      referenceDate: '2026-03-01',
      comment: 'laut Jugendamt',
      source: 'auditor',
      updatedAt: '2026-06-15T09:00:00.000Z',
    });
    expect(saved.progress.overall.requiredAnswered).toBe(1);
    const field = audit.questionnaire.sections.find((section) => section.questions.some((q) => q.id === figure.id))!.fieldId!;
    expect(saved.progress.byGroup[field]?.requiredAnswered).toBe(1);

    const choices = first('multipleChoice');
    await first_.call('questionnaire.saveAnswer', { caseId: created.id, questionId: choices.id, value: [choices.options[1]!.id, choices.options[0]!.id] });
    await first_.backend.close();

    const again = await testBackend({ dataDir: first_.dataDir });
    const reloaded = await again.call('questionnaire.get', { caseId: created.id });
    expect(reloaded.answers.map((answer) => [answer.questionId, answer.value])).toEqual(
      expect.arrayContaining([
        [figure.id, 120],
        [choices.id, [choices.options[0]!.id, choices.options[1]!.id]],
      ]),
    );
    expect((await again.call('cases.get', { id: created.id })).updatedAt).toBe('2026-06-15T09:00:00.000Z');
  });

  it('clears an answer with null, which no longer counts as answered', async () => {
    const { call } = await testBackend();
    const created = await call('cases.create', base);
    const question = first('yesPartlyNo', (q) => q.required);
    await call('questionnaire.saveAnswer', { caseId: created.id, questionId: question.id, value: 'ja' });
    const cleared = await call('questionnaire.saveAnswer', { caseId: created.id, questionId: question.id, value: null });
    expect(cleared.answer.value).toBeNull();
    expect(cleared.progress.overall.requiredAnswered).toBe(0);
  });

  it.each([
    ['text in a number', () => ({ questionId: first('number').id, value: 'viele' }), 'value', /Bitte eine (ganze )?Zahl eingeben, z\. B\. 1\.234/],
    ['a percentage over 100', () => ({ questionId: first('percent').id, value: 140 }), 'value', /140 liegt über dem Höchstwert 100/],
    ['an unknown option', () => ({ questionId: first('singleChoice').id, value: 'gibt-es-nicht' }), 'value', /Bitte eine der Optionen wählen/],
    ['a Stichtag on a question without one', () => ({ questionId: first('yesPartlyNo').id, value: 'ja', referenceDate: '2026-01-01' }), 'referenceDate', /keinen Stichtag/],
    ['a question of another catalogue', () => ({ questionId: 'th1.gibt-es-hier-nicht', value: 'x' }), 'questionId', /gehört nicht zum Fragebogen/],
    ['a module question the case did not choose', () => ({ questionId: audit.questionnaire.sections.find((s) => s.moduleId)!.questions[0]!.id, value: null }), 'questionId', /gehört nicht zum Fragebogen/],
  ])('refuses %s and stores nothing', async (_label, input, path, message) => {
    const { call, invoke } = await testBackend();
    const created = await call('cases.create', base);
    const result = await invoke('questionnaire.saveAnswer', { caseId: created.id, ...input() });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', issues: [{ path, message: expect.stringMatching(message) }] } });
    expect((await call('questionnaire.get', { caseId: created.id })).answers).toEqual([]);
  });

  it('refuses answers for a case in the trash', async () => {
    const { call, invoke } = await testBackend();
    const created = await call('cases.create', base);
    await call('cases.moveToTrash', { id: created.id });
    const result = await invoke('questionnaire.saveAnswer', { caseId: created.id, questionId: first('yesPartlyNo').id, value: 'ja' });
    expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect((await call('questionnaire.get', { caseId: created.id })).editable).toBe(false);
  });
});
