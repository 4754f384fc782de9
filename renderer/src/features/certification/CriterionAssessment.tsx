import { EvidenceClip } from '../evidence/EvidenceClip';
import { useState } from 'react';
import type { Assessment } from '../../../../shared/contract';
import { CERTIFICATION_RATING_LABELS } from '../../../../shared/contract';
import { DEVIATION_JUSTIFICATION_MIN } from '../../../../shared/certification/criterion-proposal';
import { errorMessage } from '../../api/client';
import { useStoredChoice } from '../../components/use-stored-choice';
import { useDebouncedText } from '../scoring/use-debounced-text';
import { TextSaveStatus } from '../scoring/TextSaveStatus';
import { useCertificationStore } from './certification-store';
import { JustificationField } from '../scoring/JustificationField';

type Criterion = Assessment['criteria'][number];
type Rating = NonNullable<Criterion['rating']>;

export function CriterionAssessment({ caseId, criterion, editable }: { caseId: string; criterion: Criterion; editable: boolean }) {
  const change = useCertificationStore((state) => state.change);
  const load = useCertificationStore((state) => state.load);
  const [rating, chooseRating] = useStoredChoice<Rating | null>(criterion.rating);
  // A rating that deviates from the computed checks waits here until its justification is long enough.
  const [held, setHeld] = useState<Rating | null>(null);
  const [error, setError] = useState<string | null>(null);
  const save = (next: Rating | null, justification: string, base: string | undefined) =>
    change('certification.rate', { caseId, criterionId: criterion.id, rating: next, justification, ...(base === undefined ? {} : { expectedJustification: base }) })
      .then(() => setError(null))
      .catch((failure: unknown) => {
        setError(errorMessage(failure));
        throw failure;
      });
  const explained = (text: string) => text.trim().length >= DEVIATION_JUSTIFICATION_MIN;
  const deviates = (value: Rating | null) => criterion.proposedRating !== null && value !== null && value !== criterion.proposedRating;
  /** A chosen rating comes as `patch`; a text alone also brings a held rating once it explains it. */
  const justification = useDebouncedText<{ rating: Rating | null }>(criterion.justification, async (text, base, patch) => {
    if (patch) return save(patch.rating, text, base);
    if (held && explained(text)) {
      await save(held, text, base);
      setHeld(null);
    } else {
      await save(rating, text, base);
    }
  });
  const choose = (value: Rating) => {
    if (deviates(value) && !explained(justification.text)) {
      setHeld(value);
      return;
    }
    setHeld(null);
    chooseRating(value, () => justification.commit({ rating: value }));
  };
  const shown = held ?? rating;
  const name = `cert-${criterion.id}`;

  return (
    <li className="criterion" data-testid={`cert-${criterion.id}`}>
      <span className="question-text" id={`${name}-label`}>
        {criterion.text}
      </span>
      {criterion.help && <p className="question-help">{criterion.help}</p>}
      <EvidenceClip caseId={caseId} place={`certification:${criterion.id}`} label={criterion.text} />
      {criterion.proposedRating && (
        <p className="proposal" data-testid={`cert-${criterion.id}-proposal`}>
          Vorschlag aus den formalen Prüfungen: <strong>{CERTIFICATION_RATING_LABELS[criterion.proposedRating]}</strong>
          {editable && shown !== criterion.proposedRating && (
            <button type="button" className="link-button" onClick={() => choose(criterion.proposedRating as Rating)} data-testid={`cert-${criterion.id}-take-proposal`}>
              Vorschlag übernehmen
            </button>
          )}
        </p>
      )}
      <div className="choice-row" role="radiogroup" aria-labelledby={`${name}-label`}>
        {(Object.keys(CERTIFICATION_RATING_LABELS) as Rating[]).map((value) => (
          <label key={value} className="radio">
            <input type="radio" name={name} checked={shown === value} disabled={!editable} onChange={() => choose(value)} data-testid={`cert-${criterion.id}-${value}`} />{' '}
            {CERTIFICATION_RATING_LABELS[value]}
          </label>
        ))}
      </div>
      {held && (
        <p className="warning warnung" role="status" data-testid={`cert-${criterion.id}-needs-reason`}>
          „{CERTIFICATION_RATING_LABELS[held]}“ weicht vom Vorschlag ab. Bitte begründen (mindestens {DEVIATION_JUSTIFICATION_MIN} Zeichen); die Bewertung wird mit der Begründung gespeichert.
        </p>
      )}
      {!held && criterion.deviation && (
        <p className={`warning ${criterion.deviationJustified ? 'info' : 'warnung'}`} data-testid={`cert-${criterion.id}-deviation`}>
          Widerspruch zur berechneten Prüfung: {criterion.deviation} {criterion.deviationJustified ? 'Die Abweichung ist begründet.' : 'Bitte begründen oder die Bewertung anpassen.'}
        </p>
      )}
      <JustificationField text={justification} editable={editable} testId={`cert-${criterion.id}-justification`} />
      <TextSaveStatus text={justification} refresh={() => load(caseId)} error={error} testId={`cert-${criterion.id}-justification`} />
    </li>
  );
}
