import { create } from 'zustand';
import type { AnswerRecord, MethodInput, Questionnaire } from '../../../../shared/contract';
import type { AnswerValue } from '../../../../shared/questionnaire/answer-value';
import { call, errorMessage } from '../../api/client';
import { createLatestWinsSender } from '../../api/latest-wins';

export interface AnswerPatch {
  questionId: string;
  value: AnswerValue | null;
  referenceDate: string | null;
  comment: string;
}

interface QuestionnaireState {
  data: Questionnaire | null;
  /** By question id; a Map, so that no id (`constructor`, `__proto__`) can reach a prototype. */
  answers: ReadonlyMap<string, AnswerRecord>;
  error: string | null;
  /** Counts full loads; inputs start afresh from the stored answers when it changes (e.g. after an import). */
  generation: number;
  load(caseId: string): Promise<void>;
  /**
   * Stores one answer; the newest value of a question wins, and none is lost on unload. While
   * the database is locked or the app unreachable the value is kept and sent again, and
   * `onRetrying` hears why it is not stored yet.
   */
  save(patch: AnswerPatch, onRetrying?: (message: string) => void): Promise<AnswerRecord>;
}

export const useQuestionnaireStore = create<QuestionnaireState>((set, get) => {
  // Each save says which version of the answer this window last saw, read when it is sent (after
  // the previous save of the same question came back), so that a newer answer from another window
  // is never overwritten unseen.
  const sender = createLatestWinsSender(async (input: MethodInput<'questionnaire.saveAnswer'>) => {
    const expectedUpdatedAt = get().data?.caseId === input.caseId ? (get().answers.get(input.questionId)?.updatedAt ?? null) : undefined;
    const result = await call('questionnaire.saveAnswer', { ...input, ...(expectedUpdatedAt !== undefined ? { expectedUpdatedAt } : {}) });
    if (get().data?.caseId === input.caseId) set({ answers: new Map(get().answers).set(result.answer.questionId, result.answer) });
    return result;
  });
  return {
  data: null,
  answers: new Map(),
  error: null,
  generation: 0,
  async load(caseId) {
    if (get().data?.caseId !== caseId) set({ data: null, answers: new Map(), error: null });
    try {
      const data = await call('questionnaire.get', { caseId });
      set({ data, answers: new Map(data.answers.map((answer) => [answer.questionId, answer])), error: null, generation: get().generation + 1 });
    } catch (error) {
      set({ error: errorMessage(error) });
    }
  },
  async save(patch, onRetrying) {
    const data = get().data;
    if (!data) throw new Error('Kein Fragebogen geladen.');
    const result = await sender.submit(`${data.caseId}:${patch.questionId}`, { caseId: data.caseId, ...patch }, onRetrying && ((error) => onRetrying(errorMessage(error))));
    const current = get().data;
    if (current?.caseId === data.caseId) {
      set({ data: { ...current, progress: result.progress } });
    }
    return result.answer;
  },
  };
});
