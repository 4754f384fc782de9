import { fixElementId } from '../../../../shared/certification/formal-checks';
import { useState } from 'react';
import type { Agreement } from '../../../../shared/contract';
import { formatGermanDate } from '../../../../shared/domain/dates';
import { parseGermanDate, parseRequiredGermanDate } from '../../../../shared/domain/german-dates';
import { errorMessage } from '../../api/client';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { DateInput } from '../../components/DateInput';
import { ResolutionCorrection } from './ResolutionCorrection';
import { useAmendmentStore, useGoalsStore } from './goals-store';
import { useTerms } from '../cases/use-terms';

/** The council resolution; after it, the date and reason that changes are recorded with. */
export function AdoptionPanel({ data }: { data: Agreement }) {
  const terms = useTerms(data.caseId);
  const change = useGoalsStore((state) => state.change);
  const amendment = useAmendmentStore((state) => state.amendment);
  const setAmendment = useAmendmentStore((state) => state.setAmendment);
  const keepReason = useAmendmentStore((state) => state.keepReason);
  const setKeepReason = useAmendmentStore((state) => state.setKeepReason);
  const [date, setDate] = useState('');
  const [drucksache, setDrucksache] = useState('');
  const [amendmentDate, setAmendmentDate] = useState(amendment.date ? formatGermanDate(amendment.date) : '');
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState<{ resolutionDate: string; drucksache: string } | null>(null);

  if (!data.adopted) {
    return (
      <section className="card" id={fixElementId.resolution} aria-labelledby="adopt-title" data-testid="adoption">
        <h2 id="adopt-title">{terms.resolutionOfAgreement}</h2>
        <p className="muted">Noch nicht beschlossen. Nach dem Beschluss wird jede Änderung als Änderung mit Datum und Begründung festgehalten.</p>
        <form
          className="inline-form"
          onSubmit={(event) => {
            event.preventDefault();
            const parsed = parseRequiredGermanDate(date, 'Bitte das Datum des Beschlusses angeben.');
            if (!parsed.ok) {
              setError(parsed.message);
              return;
            }
            setError(null);
            setPending({ resolutionDate: parsed.value, drucksache });
          }}
        >
          <label className="field">
            <span>Datum des Beschlusses</span>
            <DateInput value={date} onChange={(event) => setDate(event.target.value)} data-testid="adopt-date" />
          </label>
          <label className="field">
            <span>Drucksache</span>
            <input value={drucksache} onChange={(event) => setDrucksache(event.target.value)} data-testid="adopt-drucksache" />
          </label>
          <button type="submit" className="button primary" disabled={!data.editable} data-testid="adopt">
            Als beschlossen festhalten
          </button>
        </form>
        {error && (
          <p className="error-text" role="alert">
            {error}
          </p>
        )}
        <ConfirmDialog
          open={pending !== null}
          title={`${terms.resolution} festhalten?`}
          message={
            pending
              ? `Beschluss vom ${formatGermanDate(pending.resolutionDate)}, Drucksache ${pending.drucksache}. Danach wird jede Änderung am Beschlossenen mit Datum und Begründung festgehalten; ein falsches Datum lässt sich nur mit Begründung korrigieren.`
              : ''
          }
          confirmLabel="Beschluss festhalten"
          testIdPrefix="adopt-confirm"
          onCancel={() => setPending(null)}
          onConfirm={() => {
            const input = pending;
            setPending(null);
            if (!input) return;
            change('goals.adopt', { caseId: data.caseId, ...input })
              .then(() => setError(null))
              .catch((failure: unknown) => setError(errorMessage(failure)));
          }}
        />
      </section>
    );
  }

  return (
    <section className="card adopted" id={fixElementId.resolution} aria-labelledby="adopt-title" data-testid="adoption">
      <h2 id="adopt-title">
        {terms.resolutionOfAgreement} vom {formatGermanDate(data.adopted.resolutionDate)}
      </h2>
      <p data-testid="adopted-info">
        Drucksache {data.adopted.drucksache}. Änderungen werden mit Datum und Begründung festgehalten.
      </p>
      {(data.editable || data.amendable) && <ResolutionCorrection data={data} />}
      <fieldset className="amendment">
        <legend>Änderung nach dem Beschluss – Datum und Begründung der nächsten Änderung</legend>
        <div className="inline-form">
          <label className="field">
            <span>Datum der Änderung</span>
            <DateInput
              value={amendmentDate}
              onChange={(event) => {
                setAmendmentDate(event.target.value);
                const parsed = parseGermanDate(event.target.value);
                setAmendment({ ...amendment, date: parsed.ok ? parsed.value : null });
              }}
              data-testid="amendment-date"
            />
          </label>
          <label className="field grow">
            <span>Begründung</span>
            <input value={amendment.reason} onChange={(event) => setAmendment({ ...amendment, reason: event.target.value })} data-testid="amendment-reason" />
          </label>
        </div>
        <label className="checkbox">
          <input type="checkbox" checked={keepReason} onChange={(event) => setKeepReason(event.target.checked)} data-testid="amendment-keep-reason" /> Dieselbe Begründung auch für die
          folgenden Änderungen verwenden
        </label>
      </fieldset>
      {data.amendments.length > 0 && (
        <>
          <h3>Festgehaltene Änderungen</h3>
          <ol className="amendments" data-testid="amendments">
            {data.amendments.map((entry) => (
              <li key={entry.id}>
                <strong>{formatGermanDate(entry.amendedOn)}</strong> · {entry.subject}: {entry.changes.join('; ') || 'geändert'} <span className="muted">– {entry.reason}</span>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
