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
  /**
   * Loads the stored answers. Within the same case the newer of each question's versions is kept
   * (a reload that started before a save came back cannot undo it); `replace` takes the stored
   * state as it is, for when a case was replaced as a whole.
   */
  load(caseId: string, options?: { replace?: boolean }): Promise<void>;
  /** The stored version a question's inputs now show: the next save of it expects that version. */
  showVersion(questionId: string, updatedAt: string | null): void;
  /**
   * Stores one answer; the newest value of a question wins, and none is lost on unload. While
   * the database is locked or the app unreachable the value is kept and sent again, and
   * `onRetrying` hears why it is not stored yet.
   */
  save(patch: AnswerPatch, onRetrying?: (message: string) => void): Promise<AnswerRecord>;
}

/** Keeps, per question, the later of two versions; `updatedAt` only grows. */
function newerOf(current: ReadonlyMap<string, AnswerRecord>, loaded: readonly AnswerRecord[]): Map<string, AnswerRecord> {
  const merged = new Map(current);
  for (const answer of loaded) {
    const known = merged.get(answer.questionId);
    if (!known || known.updatedAt <= answer.updatedAt) merged.set(answer.questionId, answer);
  }
  return merged;
}

export const useQuestionnaireStore = create<QuestionnaireState>((set, get) => {
  /**
   * By question id: the stored version the window's inputs show, which can be older than
   * `answers` while someone edits a question another window changed meanwhile.
   */
  const shownVersions = new Map<string, string | null>();
  // Each save says which version of the answer this window's input is based on, read when it is
  // sent (after the previous save of the same question came back), so that a newer answer from
  // another window is never overwritten unseen.
  const sender = createLatestWinsSender(async (input: MethodInput<'questionnaire.saveAnswer'>) => {
    const sameCase = get().data?.caseId === input.caseId;
    // `null` is a version too (no answer was stored when the input showed it), so only a missing entry falls back.
    const expectedUpdatedAt = sameCase ? (shownVersions.has(input.questionId) ? (shownVersions.get(input.questionId) ?? null) : (get().answers.get(input.questionId)?.updatedAt ?? null)) : undefined;
    const result = await call('questionnaire.saveAnswer', { ...input, ...(expectedUpdatedAt !== undefined ? { expectedUpdatedAt } : {}) });
    if (get().data?.caseId === input.caseId) {
      shownVersions.set(result.answer.questionId, result.answer.updatedAt);
      set({ answers: newerOf(get().answers, [result.answer]) });
    }
    return result;
  });
  return {
  data: null,
  answers: new Map(),
  error: null,
  async load(caseId, options) {
    if (get().data?.caseId !== caseId) {
      shownVersions.clear();
      set({ data: null, answers: new Map(), error: null });
    }
    try {
      const data = await call('questionnaire.get', { caseId });
      const answers = options?.replace || get().data?.caseId !== caseId ? newerOf(new Map(), data.answers) : newerOf(get().answers, data.answers);
      set({ data, answers, error: null });
    } catch (error) {
      set({ error: errorMessage(error) });
    }
  },
  showVersion(questionId, updatedAt) {
    shownVersions.set(questionId, updatedAt);
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
