import type { Question } from '../catalogue/catalogue-schema';
import type { AnswerValue } from './answer-value';
import { CASE_FIELD_LABELS, type CaseFieldKey } from './case-field-keys';

/** The case facts a question can repeat, as the case holds them. */
export interface CaseFacts {
  population: number | null;
  projectLead: { name: string; role: string; contact: string };
}

const TYPES_FOR: Record<CaseFieldKey, readonly Question['type'][]> = {
  population: ['number'],
  projectLead: ['shortText', 'longText'],
};

/** Why a question of `type` cannot repeat `field`, or null. */
export function caseFieldTypeProblem(field: CaseFieldKey, type: Question['type']): string | null {
  return TYPES_FOR[field].includes(type) ? null : `Die Falldaten „${CASE_FIELD_LABELS[field]}“ passen nicht zu einer Frage vom Typ „${type}“.`;
}

/** The answer a question repeating `field` gets from the case; null when the case does not know it. */
export function caseFieldValue(field: CaseFieldKey, facts: CaseFacts): AnswerValue | null {
  if (field === 'population') return facts.population;
  const lead = [facts.projectLead.name, facts.projectLead.role].map((part) => part.trim()).filter((part) => part !== '');
  return lead.length > 0 ? lead.join(', ') : null;
}

interface CaseFieldAnswer {
  questionId: string;
  field: CaseFieldKey;
  value: AnswerValue | null;
}

/** For every question of `questions` repeating a case fact, the value the case gives it. */
export function caseFieldAnswers(questions: readonly Question[], facts: CaseFacts): CaseFieldAnswer[] {
  return questions.flatMap((question) => (question.caseField ? [{ questionId: question.id, field: question.caseField, value: caseFieldValue(question.caseField, facts) }] : []));
}

/**
 * Which stored answers follow a change of the case data: a question nobody answered, or one whose
 * answer still is what the case data gave it before, takes the new value; an answer someone
 * changed is left alone.
 */
export function answersFollowingCaseData(
  questions: readonly Question[],
  before: CaseFacts | null,
  after: CaseFacts,
  stored: ReadonlyMap<string, AnswerValue | null>,
): CaseFieldAnswer[] {
  const previous = new Map(before ? caseFieldAnswers(questions, before).map((entry) => [entry.questionId, entry.value]) : []);
  return caseFieldAnswers(questions, after).filter((entry) => {
    const current = stored.get(entry.questionId) ?? null;
    if (sameValue(current, entry.value)) return false;
    return current === null || (previous.has(entry.questionId) && sameValue(current, previous.get(entry.questionId) ?? null));
  });
}

function sameValue(a: AnswerValue | null, b: AnswerValue | null): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
