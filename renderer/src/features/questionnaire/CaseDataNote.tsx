import type { Question } from '../../../../shared/catalogue/catalogue-schema';
import type { Questionnaire } from '../../../../shared/contract';
import { describeAnswer } from '../../../../shared/questionnaire/answer-text';
import type { AnswerValue } from '../../../../shared/questionnaire/answer-value';
import { CASE_FIELD_LABELS } from '../../../../shared/questionnaire/case-field-keys';

type CaseData = Questionnaire['caseData'][number];

/** Marks a question that repeats a fact of the case: taken from the case data, or deviating from it. */
export function CaseDataNote({ question, caseData, answerValue }: { question: Question; caseData: CaseData; answerValue: AnswerValue | null }) {
  const label = CASE_FIELD_LABELS[caseData.field];
  const testId = `case-data-${question.id}`;
  if (caseData.value === null) {
    return (
      <p className="case-data-note" data-testid={testId}>
        Wird aus den Falldaten übernommen, sobald dort die {label} eingetragen ist.
      </p>
    );
  }
  const caseText = describeAnswer(question, caseData.value);
  if (JSON.stringify(answerValue) === JSON.stringify(caseData.value)) {
    return (
      <p className="case-data-note" data-testid={testId}>
        <span className="badge">Aus den Falldaten</span> {label} des Auditfalls: {caseText}
      </p>
    );
  }
  return (
    <p className="case-data-note differs" data-testid={testId}>
      Die Falldaten nennen als {label} „{caseText}“; {answerValue === null ? 'die Frage ist noch unbeantwortet' : 'die Antwort weicht davon ab'}.
    </p>
  );
}
