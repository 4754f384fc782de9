import { useState } from 'react';
import type { Assessment } from '../../../../shared/contract';
import { CERTIFICATION_RATING_LABELS } from '../../../../shared/contract';
import { errorMessage } from '../../api/client';
import { useStoredChoice } from '../../components/use-stored-choice';
import { STATUS_TEXT, useDebouncedText } from '../scoring/use-debounced-text';
import { useCertificationStore } from './certification-store';

type Criterion = Assessment['criteria'][number];
type Rating = NonNullable<Criterion['rating']>;

export function CriterionAssessment({ caseId, criterion, editable }: { caseId: string; criterion: Criterion; editable: boolean }) {
  const change = useCertificationStore((state) => state.change);
  const [rating, chooseRating] = useStoredChoice<Rating | null>(criterion.rating);
  const [error, setError] = useState<string | null>(null);
  const save = (next: Rating | null, justification: string) =>
    change('certification.rate', { caseId, criterionId: criterion.id, rating: next, justification }).catch((failure: unknown) => {
      setError(errorMessage(failure));
      throw failure;
    });
  const justification = useDebouncedText(criterion.justification, (text) => save(rating, text));
  const name = `cert-${criterion.id}`;

  return (
    <li className="criterion" data-testid={`cert-${criterion.id}`}>
      <span className="question-text" id={`${name}-label`}>
        {criterion.text}
      </span>
      {criterion.help && <p className="question-help">{criterion.help}</p>}
      <div className="choice-row" role="radiogroup" aria-labelledby={`${name}-label`}>
        {(Object.keys(CERTIFICATION_RATING_LABELS) as Rating[]).map((value) => (
          <label key={value} className="radio">
            <input
              type="radio"
              name={name}
              checked={rating === value}
              disabled={!editable}
              onChange={() => {
                chooseRating(value, () => save(value, justification.text));
              }}
              data-testid={`cert-${criterion.id}-${value}`}
            />{' '}
            {CERTIFICATION_RATING_LABELS[value]}
          </label>
        ))}
      </div>
      <label className="comment">
        <span>Begründung</span>
        <textarea rows={2} value={justification.text} disabled={!editable} onChange={(event) => justification.change(event.target.value)} onFocus={justification.focus} onBlur={justification.blur} />
      </label>
      <span className={`save-status ${justification.status}`} aria-live="polite">
        {error ? <span className="error-text">Nicht gespeichert: {error}</span> : STATUS_TEXT[justification.status]}
      </span>
    </li>
  );
}
