import { useState } from 'react';
import type { Assessment } from '../../../../shared/contract';
import { decisionLabel, RECOMMENDATIONS, recommendationLabel, type Recommendation } from '../../../../shared/certification/recommendation';
import { formatGermanDate } from '../../../../shared/domain/dates';
import { parseGermanDate } from '../../../../shared/domain/german-dates';
import { ApiCallError, errorMessage } from '../../api/client';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { DateInput } from '../../components/DateInput';
import { useCertificationStore } from './certification-store';
import { useTerms } from '../cases/use-terms';

/** The recommendation, an override with its reason, conditions, the certificate date, finalising and reopening. */
export function DecisionPanel({ data }: { data: Assessment }) {
  const terms = useTerms(data.caseId);
  const change = useCertificationStore((state) => state.change);
  const [overriding, setOverriding] = useState(data.override !== null);
  const [override, setOverride] = useState<Recommendation>(data.override?.recommendation ?? data.computed.recommendation);
  const [reason, setReason] = useState(data.override?.reason ?? '');
  const [conditions, setConditions] = useState(data.conditions.join('\n'));
  const [date, setDate] = useState(data.certificate ? formatGermanDate(data.certificate.date) : '');
  const [reopenReason, setReopenReason] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);
  const report = (promise: Promise<void>, success: string) =>
    promise
      .then(() => setMessage({ kind: 'success', text: success }))
      .catch((failure: unknown) => {
        const issues = failure instanceof ApiCallError ? (failure.error.issues ?? []).map((issue) => issue.message) : [];
        setMessage({ kind: 'error', text: issues.length > 0 ? issues.join(' ') : errorMessage(failure) });
      });

  function saveDecision(): Promise<void> {
    const parsed = parseGermanDate(date);
    if (!parsed.ok) return Promise.reject(new ApiCallError({ code: 'INVALID_INPUT', message: parsed.message }));
    return change('certification.decide', {
      caseId: data.caseId,
      override: overriding ? { recommendation: override, reason } : null,
      conditions: conditions.split('\n').map((line) => line.trim()).filter(Boolean),
      certificateDate: parsed.value,
    });
  }

  if (data.finalizedAt) {
    return (
      <section className="card adopted" data-testid="decision">
        <h2>Begutachtung abgeschlossen</h2>
        <p data-testid="finalized-info">
          Entscheidung: {decisionLabel(data.recommendation, terms)}
          {data.certificate && ` – ${terms.certificate} vom ${formatGermanDate(data.certificate.date)}, gültig bis ${formatGermanDate(data.certificate.validUntil)}`}.{' '}
          {`Fragebogen, Bewertung, ${terms.agreement} und Begutachtung sind eingefroren.`}
        </p>
        {data.conditions.length > 0 && (
          <ul>
            {data.conditions.map((condition) => (
              <li key={condition}>Auflage: {condition}</li>
            ))}
          </ul>
        )}
        <div className="inline-form">
          <label className="field grow">
            <span>Grund für das Wiederöffnen</span>
            <input value={reopenReason} onChange={(event) => setReopenReason(event.target.value)} data-testid="reopen-reason" />
          </label>
          <button type="button" className="button secondary" onClick={() => void report(change('certification.reopen', { caseId: data.caseId, reason: reopenReason }), 'Begutachtung wieder geöffnet.')} data-testid="reopen">
            Wieder öffnen
          </button>
        </div>
        {message && <p className={message.kind === 'error' ? 'error-text' : 'save-status saved'} role={message.kind === 'error' ? 'alert' : 'status'}>{message.text}</p>}
      </section>
    );
  }

  return (
    <section className="card" data-testid="decision">
      <h2>Empfehlung</h2>
      <p className="recommendation" data-testid="recommendation">
        <strong>{recommendationLabel(data.recommendation, terms)}</strong>
        {data.override && <span className="muted"> (abweichend von der berechneten Empfehlung: {recommendationLabel(data.computed.recommendation, terms)})</span>}
      </p>
      <ul className="reasons" data-testid="recommendation-reasons">
        {data.computed.reasons.map((entry) => (
          <li key={entry}>{entry}</li>
        ))}
      </ul>
      <label className="radio">
        <input type="checkbox" checked={overriding} onChange={(event) => setOverriding(event.target.checked)} disabled={!data.editable} data-testid="override-toggle" /> Empfehlung abweichend festlegen
      </label>
      {overriding && (
        <div className="inline-form">
          <label className="field">
            <span>Empfehlung</span>
            <select value={override} onChange={(event) => setOverride(event.target.value as Recommendation)} data-testid="override-choice">
              {RECOMMENDATIONS.map((value) => (
                <option key={value} value={value}>
                  {recommendationLabel(value, terms)}
                </option>
              ))}
            </select>
          </label>
          <label className="field grow">
            <span>Begründung (Pflicht)</span>
            <input value={reason} onChange={(event) => setReason(event.target.value)} data-testid="override-reason" />
          </label>
        </div>
      )}
      <label className="field full">
        <span>Auflagen (eine je Zeile)</span>
        <textarea rows={3} value={conditions} onChange={(event) => setConditions(event.target.value)} disabled={!data.editable} data-testid="conditions" />
      </label>
      {data.computed.suggestedConditions.length > 0 && (
        <button type="button" className="link-button" onClick={() => setConditions(data.computed.suggestedConditions.join('\n'))} data-testid="use-suggestions">
          Vorgeschlagene Auflagen übernehmen
        </button>
      )}
      <label className="field">
        <span>{terms.certificate} ausgestellt am</span>
        <DateInput value={date} onChange={(event) => setDate(event.target.value)} disabled={!data.editable} data-testid="certificate-date" />
      </label>
      <div className="form-actions">
        <button type="button" className="button secondary" disabled={!data.editable} onClick={() => void report(saveDecision(), 'Entscheidung gespeichert.')} data-testid="save-decision">
          Entscheidung speichern
        </button>
        <button type="button" className="button primary" disabled={!data.editable} onClick={() => setConfirming(true)} data-testid="finalize">
          Begutachtung abschließen …
        </button>
      </div>
      {message && (
        <p className={message.kind === 'error' ? 'alert error' : 'save-status saved'} role={message.kind === 'error' ? 'alert' : 'status'} data-testid="decision-message">
          {message.text}
        </p>
      )}
      <ConfirmDialog
        open={confirming}
        title="Begutachtung abschließen?"
        message={`Danach sind Fragebogen, Bewertung, ${terms.agreement} und Begutachtung dieser Runde eingefroren. Änderungen sind nur nach begründetem Wiederöffnen möglich.`}
        confirmLabel="Abschließen"
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          void report(
            saveDecision().then(() => change('certification.finalize', { caseId: data.caseId })),
            'Begutachtung abgeschlossen.',
          );
        }}
      />
    </section>
  );
}
