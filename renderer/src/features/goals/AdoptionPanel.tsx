import { EvidenceClip } from '../evidence/EvidenceClip';
import { RESOLUTION_PLACES } from '../../../../shared/evidence/document-places';
import { fixElementId } from '../../../../shared/certification/formal-checks';
import { useState } from 'react';
import type { Agreement } from '../../../../shared/contract';
import { formatGermanDate } from '../../../../shared/domain/dates';
import { parseGermanDate } from '../../../../shared/domain/german-dates';
import { DateInput } from '../../components/DateInput';
import { AdoptForm } from './AdoptForm';
import { ResolutionCorrection } from './ResolutionCorrection';
import { useAmendmentStore } from './goals-store';
import { useTerms } from '../cases/use-terms';

/** The council resolution; after it, the date and reason that changes are recorded with. */
export function AdoptionPanel({ data }: { data: Agreement }) {
  const terms = useTerms(data.caseId);
  const amendment = useAmendmentStore((state) => state.amendment);
  const setAmendment = useAmendmentStore((state) => state.setAmendment);
  const keepReason = useAmendmentStore((state) => state.keepReason);
  const setKeepReason = useAmendmentStore((state) => state.setKeepReason);
  const [amendmentDate, setAmendmentDate] = useState(amendment.date ? formatGermanDate(amendment.date) : '');

  if (!data.adopted) return <AdoptForm data={data} />;

  return (
    <section className="card adopted" id={fixElementId.resolution} aria-labelledby="adopt-title" data-testid="adoption">
      <h2 id="adopt-title">
        {terms.resolutionOfAgreement} vom {formatGermanDate(data.adopted.resolutionDate)}
      </h2>
      <p data-testid="adopted-info">
        Drucksache {data.adopted.drucksache}. Änderungen werden mit Datum und Begründung festgehalten.
      </p>
      <EvidenceClip caseId={data.caseId} place={RESOLUTION_PLACES.agreement} label={terms.resolutionOfAgreement} />
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
