import { fixElementId } from '../../../../shared/certification/formal-checks';
import { useEffect, useState } from 'react';
import type { Question } from '../../../../shared/catalogue/catalogue-schema';
import type { AnswerRecord, Questionnaire } from '../../../../shared/contract';
import { CaseDataNote } from './CaseDataNote';
import { formatGermanDate } from '../../../../shared/domain/dates';
import { parseGermanDate } from '../../../../shared/domain/german-dates';
import { answerToText, isTyped, textToAnswer } from '../../../../shared/questionnaire/answer-text';
import { asksForStichtag, checkAnswerValue, type AnswerValue } from '../../../../shared/questionnaire/answer-value';
import { DateInput } from '../../components/DateInput';
import { useFormFieldFocus } from '../../components/use-form-field-focus';
import { EvidenceClip } from '../evidence/EvidenceClip';
import { formatTimestamp } from '../../format/labels';
import { AnswerInput } from './AnswerInput';
import { useAnswerAutosave, type PatchResult, type SaveStatus } from './use-answer-autosave';
import { useQuestionnaireStore } from './questionnaire-store';
import { useTerms } from '../cases/use-terms';

interface QuestionCardProps {
  question: Question;
  number: string;
  answer: AnswerRecord | undefined;
  editable: boolean;
  /** Set when the question repeats a fact of the case. */
  caseData?: Questionnaire['caseData'][number] | undefined;
}


const firstSentence = (text: string) => /^.*?[.!?](?=\s|$)/.exec(text)?.[0] ?? text;

const textOf = (question: Question, answer: AnswerRecord | undefined) => (isTyped(question) ? answerToText(question, answer?.value ?? null) : '');
const stichtagOf = (answer: AnswerRecord | undefined) => (answer?.referenceDate ? formatGermanDate(answer.referenceDate) : '');

function statusText(status: SaveStatus): string {
  switch (status.kind) {
    case 'saving':
      return 'Speichert …';
    case 'saved':
      return 'Gespeichert';
    case 'failed':
      return `Nicht gespeichert: ${status.message}`;
    case 'retrying':
      return `Noch nicht gespeichert: ${firstSentence(status.message)} Ihre Eingabe bleibt erhalten und wird automatisch gespeichert, sobald es geht.`;
    default:
      return '';
  }
}

export function QuestionCard({ question, number, answer, editable, caseData }: QuestionCardProps) {
  const inputId = `q-${question.id}`;
  const [text, setText] = useState(() => textOf(question, answer));
  const [choice, setChoice] = useState<AnswerValue | null>(answer?.value ?? null);
  const [stichtag, setStichtag] = useState(stichtagOf(answer));
  const [comment, setComment] = useState(answer?.comment ?? '');
  // 'opened' means the user just asked for it, so the comment box takes the focus.
  const [commentState, setCommentState] = useState<'closed' | 'shown' | 'opened'>(answer?.comment ? 'shown' : 'closed');
  const { status, schedule, flush, showStored, dismissFailure, unsettled } = useAnswerAutosave(answer);
  const load = useQuestionnaireStore((state) => state.load);
  const showVersion = useQuestionnaireStore((state) => state.showVersion);
  const caseId = useQuestionnaireStore((state) => state.data?.caseId ?? null);
  const terms = useTerms(caseId ?? undefined);
  const focus = useFormFieldFocus();

  // The stored answer the inputs show. A newer one (from another window, an import, or this
  // window's own save) is taken over only while nobody edits this question: a focused input, a
  // change waiting to be saved, or one that failed keeps what the user typed.
  const [shown, setShown] = useState(answer);
  if (answer?.updatedAt !== shown?.updatedAt && !focus.focused && !unsettled) {
    setShown(answer);
    setText(textOf(question, answer));
    setChoice(answer?.value ?? null);
    setStichtag(stichtagOf(answer));
    setComment(answer?.comment ?? '');
    if (answer?.comment) setCommentState((state) => (state === 'closed' ? 'shown' : state));
  }
  useEffect(() => {
    showVersion(question.id, shown?.updatedAt ?? null);
    showStored(shown);
  }, [question.id, shown, showVersion, showStored]);

  /** Drops what the user typed in favour of the stored answer (after a conflict). */
  const reload = async () => {
    if (caseId) await load(caseId, { replace: true });
    dismissFailure();
  };
  const withStichtag = asksForStichtag(question);

  function build(next: { text?: string; choice?: AnswerValue | null; stichtag?: string; comment?: string }): PatchResult {
    const checked = isTyped(question) ? textToAnswer(question, next.text ?? text) : checkAnswerValue(question, next.choice !== undefined ? next.choice : choice);
    if (!checked.ok) return { ok: false, field: 'value', message: checked.message };
    const reference = withStichtag ? parseGermanDate(next.stichtag ?? stichtag) : { ok: true as const, value: null };
    if (!reference.ok) return { ok: false, field: 'stichtag', message: reference.message };
    return {
      ok: true,
      patch: { questionId: question.id, value: checked.value, referenceDate: reference.value, comment: (next.comment ?? comment).trim() },
    };
  }

  const valueError = status.kind === 'invalid' && status.field === 'value' ? status.message : null;
  const stichtagError = status.kind === 'invalid' && status.field === 'stichtag' ? status.message : null;
  const describedBy = [question.help ? `${inputId}-help` : null, valueError ? `${inputId}-error` : null].filter(Boolean).join(' ') || undefined;

  return (
    <li className={`question ${valueError || stichtagError ? 'has-error' : ''}`} id={fixElementId.question(question.id)} data-testid={`question-${question.id}`} onFocus={focus.onFocus} onBlur={focus.onBlur}>
      <div className="question-head">
        <span className="question-number">{number}</span>
        <label className="question-text" htmlFor={isTyped(question) || question.type === 'singleChoice' ? inputId : undefined} id={`${inputId}-label`}>
          {question.text}
          {question.required && (
            <span className="required" title="Pflichtfrage" aria-label="Pflichtfrage">
              {' '}*
            </span>
          )}
        </label>
        {answer && (
          <span className={`badge source-${answer.source}`} data-testid={`source-${question.id}`}>
            {answer.source === 'auditor' ? terms.auditor : 'Rathaus (Import)'} · {formatTimestamp(answer.updatedAt)}
          </span>
        )}
        {caseId && <EvidenceClip caseId={caseId} place={`question:${question.id}`} label={`Frage ${number}`} />}
      </div>
      {question.help && (
        <p className="question-help" id={`${inputId}-help`}>
          {question.help}
        </p>
      )}
      {caseData && <CaseDataNote question={question} caseData={caseData} answerValue={answer?.value ?? null} />}
      <div className="question-answer">
        <AnswerInput
          question={question}
          inputId={inputId}
          describedBy={describedBy}
          invalid={valueError !== null}
          disabled={!editable}
          text={text}
          choice={choice}
          onText={(value) => {
            setText(value);
            schedule(() => build({ text: value }), false);
          }}
          onTextDone={flush}
          onChoice={(value) => {
            setChoice(value);
            schedule(() => build({ choice: value }), true);
          }}
        />
        {withStichtag && (
          <label className="stichtag">
            <span>Stichtag</span>
            <DateInput
              value={stichtag}
              disabled={!editable}
              aria-invalid={stichtagError ? true : undefined}
              data-testid={`stichtag-${question.id}`}
              onChange={(event) => {
                setStichtag(event.target.value);
                schedule(() => build({ stichtag: event.target.value }), false);
              }}
              onBlur={flush}
            />
          </label>
        )}
      </div>
      {(valueError || stichtagError) && (
        <p className="error-text" id={`${inputId}-error`} role="alert" data-testid={`error-${question.id}`}>
          {valueError ?? stichtagError}
        </p>
      )}
      <div className="question-foot">
        {commentState !== 'closed' ? (
          <label className="comment">
            <span>Kommentar</span>
            <textarea
              rows={2}
              autoFocus={commentState === 'opened'}
              value={comment}
              disabled={!editable}
              data-testid={`comment-${question.id}`}
              onChange={(event) => {
                setComment(event.target.value);
                schedule(() => build({ comment: event.target.value }), false);
              }}
              onBlur={flush}
            />
          </label>
        ) : (
          editable && (
            <button type="button" className="link-button" onClick={() => setCommentState('opened')} data-testid={`comment-toggle-${question.id}`}>
              Kommentar hinzufügen
            </button>
          )
        )}
        <span className={`save-status ${status.kind}`} aria-live="polite" data-testid={`status-${question.id}`}>
          {statusText(status)}
        </span>
        {status.kind === 'failed' && status.stale && (
          <button type="button" className="button secondary small" onClick={() => void reload()} data-testid={`reload-${question.id}`}>
            Gespeicherten Stand laden
          </button>
        )}
      </div>
    </li>
  );
}
