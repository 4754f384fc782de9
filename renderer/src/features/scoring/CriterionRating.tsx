import { useState } from 'react';
import type { Question } from '../../../../shared/catalogue/catalogue-schema';
import type { AnswerRecord, ScoringField } from '../../../../shared/contract';
import { describeAnswer } from '../../../../shared/questionnaire/answer-text';
import { errorMessage } from '../../api/client';
import { useStoredChoice } from '../../components/use-stored-choice';
import { rateCriterion, useScoringStore } from './scoring-store';
import { useDebouncedText } from './use-debounced-text';
import { TextSaveStatus } from './TextSaveStatus';
import { JustificationField } from './JustificationField';
import { SelectOptions } from '../../components/SelectOptions';
import { EvidenceClip } from '../evidence/EvidenceClip';

type Criterion = ScoringField['criteria'][number];
type RatingPatch = Partial<{ value: number | null; notRatable: boolean; evidence: string[] }>;

interface CriterionRatingProps {
  caseId: string;
  number: string;
  criterion: Criterion;
  scale: ScoringField['scale'];
  questions: Question[];
  answers: ReadonlyMap<string, AnswerRecord>;
  editable: boolean;
}

const sameChoice = (a: { value: number | null; notRatable: boolean }, b: { value: number | null; notRatable: boolean }) => a.value === b.value && a.notRatable === b.notRatable;

export function CriterionRating({ caseId, number, criterion, scale, questions, answers, editable }: CriterionRatingProps) {
  const load = useScoringStore((state) => state.load);
  const [error, setError] = useState<string | null>(null);
  const rating = criterion.rating;
  // The choice shows at once; it falls back to the stored one if saving fails.
  const [choice, chooseStored] = useStoredChoice({ value: rating?.value ?? null, notRatable: rating?.notRatable ?? false }, sameChoice);
  const current = { ...choice, evidence: rating?.evidence ?? [] };

  const save = (justification: string, base: string | undefined, patch: RatingPatch | undefined) => {
    setError(null);
    return rateCriterion({ caseId, criterionId: criterion.id, ...current, justification, ...(base === undefined ? {} : { expectedJustification: base }), ...patch }).catch((failure: unknown) => {
      setError(errorMessage(failure));
      throw failure;
    });
  };
  const justification = useDebouncedText<RatingPatch>(rating?.justification ?? '', save);
  const choose = (patch: { value: number | null; notRatable: boolean }) => chooseStored(patch, () => justification.commit(patch));
  const name = `criterion-${criterion.id}`;
  const linkable = questions.filter((question) => !current.evidence.includes(question.id));

  return (
    <li className="criterion" data-testid={`criterion-${criterion.id}`}>
      <div className="question-head">
        <span className="question-number">{number}</span>
        <span className="question-text" id={`${name}-label`}>
          {criterion.text}
        </span>
        <span className="badge" title="Gewicht im Feldwert">
          Gewicht {criterion.weight}
        </span>
        <EvidenceClip caseId={caseId} place={`criterion:${criterion.id}`} label={`Kriterium ${number}`} />
      </div>
      {criterion.help && <p className="question-help">{criterion.help}</p>}
      <div className="scale-row" role="radiogroup" aria-labelledby={`${name}-label`}>
        {scale.labels.map((label) => (
          <label key={label.value} className={`scale-option ${current.value === label.value ? 'chosen' : ''}`}>
            <input
              type="radio"
              name={name}
              checked={current.value === label.value}
              disabled={!editable}
              onChange={() => choose({ value: label.value, notRatable: false })}
              data-testid={`rate-${criterion.id}-${label.value}`}
            />
            <span className="scale-value">{label.value}</span>
            <span className="scale-label">{label.label}</span>
          </label>
        ))}
        <label className={`scale-option not-ratable ${current.notRatable ? 'chosen' : ''}`}>
          <input
            type="radio"
            name={name}
            checked={current.notRatable}
            disabled={!editable}
            onChange={() => choose({ value: null, notRatable: true })}
            data-testid={`rate-${criterion.id}-nb`}
          />
          <span className="scale-label">{scale.notRatableLabel}</span>
        </label>
        {(current.value !== null || current.notRatable) && editable && (
          <button type="button" className="link-button" onClick={() => choose({ value: null, notRatable: false })} data-testid={`unrate-${criterion.id}`}>
            Bewertung entfernen
          </button>
        )}
      </div>
      <JustificationField text={justification} editable={editable} testId={`justification-${criterion.id}`} />
      <div className="evidence">
        <span className="label">Belege aus dem Fragebogen</span>
        {current.evidence.length === 0 && <span className="muted small"> keine verknüpft</span>}
        <ul>
          {current.evidence.map((questionId) => {
            const question = questions.find((candidate) => candidate.id === questionId);
            const answer = answers.get(questionId);
            return (
              <li key={questionId} data-testid={`evidence-${criterion.id}-${questionId}`}>
                <span className="evidence-question">{question?.text ?? questionId}:</span>{' '}
                <strong>{answer ? describeAnswer(question, answer.value) : 'noch nicht beantwortet'}</strong>{' '}
                {editable && (
                  <button
                    type="button"
                    className="link-button"
                    aria-label={`Beleg „${question?.text ?? questionId}“ entfernen`}
                    onClick={() => void justification.commit({ evidence: current.evidence.filter((id) => id !== questionId) }).catch(() => undefined)}
                  >
                    entfernen
                  </button>
                )}
              </li>
            );
          })}
        </ul>
        {editable && linkable.length > 0 && (
          <select
            aria-label={`Beleg für „${criterion.text}“ verknüpfen`}
            value=""
            onChange={(event) => event.target.value && void justification.commit({ evidence: [...current.evidence, event.target.value] }).catch(() => undefined)}
            data-testid={`add-evidence-${criterion.id}`}
          >
            <SelectOptions options={linkable.map((question) => ({ value: question.id, label: question.text }))} empty="+ Frage als Beleg verknüpfen …" />
          </select>
        )}
      </div>
      <div className="question-foot">
        {error ? (
          <span className="error-text" role="alert">
            Nicht gespeichert: {error}
          </span>
        ) : (
          <span />
        )}
        <TextSaveStatus text={justification} refresh={() => load(caseId)} testId={`justification-${criterion.id}`} />
      </div>
    </li>
  );
}
