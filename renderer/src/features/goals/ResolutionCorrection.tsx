import { useState } from 'react';
import type { Agreement } from '../../../../shared/contract';
import { formatGermanDate } from '../../../../shared/domain/dates';
import { parseRequiredGermanDate } from '../../../../shared/domain/german-dates';
import { errorMessage } from '../../api/client';
import { DateInput } from '../../components/DateInput';
import { useGoalsStore } from './goals-store';

/** Corrects a wrongly recorded resolution date or Drucksache; the correction is kept with its reason. */
export function ResolutionCorrection({ data }: { data: Agreement }) {
  const change = useGoalsStore((state) => state.change);
  const adopted = data.adopted!;
  const [open, setOpen] = useState(false);
  const [date, setDate] = useState(formatGermanDate(adopted.resolutionDate));
  const [drucksache, setDrucksache] = useState(adopted.drucksache);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);

  if (!open) {
    return (
      <button type="button" className="link-button" onClick={() => setOpen(true)} data-testid="correct-resolution">
        Datum oder Drucksache korrigieren …
      </button>
    );
  }
  return (
    <form
      className="card-inset"
      data-testid="resolution-correction"
      onSubmit={(event) => {
        event.preventDefault();
        const parsed = parseRequiredGermanDate(date, 'Bitte das Beschlussdatum angeben.');
        if (!parsed.ok) {
          setError(parsed.message);
          return;
        }
        change('goals.correctResolution', { caseId: data.caseId, resolutionDate: parsed.value, drucksache, reason })
          .then(() => {
            setError(null);
            setOpen(false);
            setReason('');
          })
          .catch((failure: unknown) => setError(errorMessage(failure)));
      }}
    >
      <div className="inline-form">
        <label className="field">
          <span>Richtiges Datum</span>
          <DateInput value={date} onChange={(event) => setDate(event.target.value)} data-testid="correct-date" />
        </label>
        <label className="field">
          <span>Drucksache</span>
          <input value={drucksache} onChange={(event) => setDrucksache(event.target.value)} data-testid="correct-drucksache" />
        </label>
        <label className="field grow">
          <span>Begründung der Korrektur</span>
          <input value={reason} onChange={(event) => setReason(event.target.value)} data-testid="correct-reason" />
        </label>
      </div>
      <div className="form-actions">
        <button type="submit" className="button primary small" data-testid="correct-save">
          Korrektur festhalten
        </button>
        <button type="button" className="button secondary small" onClick={() => setOpen(false)}>
          Abbrechen
        </button>
      </div>
      {error && (
        <p className="error-text" role="alert" data-testid="correct-error">
          {error}
        </p>
      )}
    </form>
  );
}
