import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import type { Assessment } from '../../../../shared/contract';
import { RECOMMENDATIONS, recommendationLabel } from '../../../../shared/certification/recommendation';
import { errorMessage } from '../../api/client';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { DateField } from '../../components/DateField';
import { FormField } from '../../components/FormField';
import { SelectOptions } from '../../components/SelectOptions';
import { showServerIssues } from '../../components/server-issues';
import { useTerms } from '../cases/use-terms';
import { useCertificationStore } from './certification-store';
import { decisionFieldOf, decisionFormSchema, decisionValuesOf, type DecisionFormOutput, type DecisionFormValues } from './decision-form-schema';

type Message = { kind: 'success' | 'error'; text: string };

/** The fields top to bottom: the override's fields appear after the others were registered, so the form's own focus order would skip them. */
const FIELD_ORDER = ['recommendation', 'reason', 'conditions', 'certificateDate'] as const;

/** The computed recommendation, an override with its reason, conditions, the certificate date, and finalising. */
export function DecisionForm({ data }: { data: Assessment }) {
  const terms = useTerms(data.caseId);
  const change = useCertificationStore((state) => state.change);
  const schema = useMemo(() => decisionFormSchema(data.caseId), [data.caseId]);
  const { register, handleSubmit, setError, setFocus, setValue, watch, formState } = useForm<DecisionFormValues, unknown, DecisionFormOutput>({
    resolver: zodResolver(schema),
    defaultValues: decisionValuesOf(data),
    shouldFocusError: false,
  });
  const { errors } = formState;
  const overriding = watch('overriding');
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<Message | null>(null);
  const recommendationOptions = RECOMMENDATIONS.map((value) => ({ value, label: recommendationLabel(value, terms) }));

  const submit = (finalize: boolean) =>
    handleSubmit(
      async (input) => {
        setMessage(null);
        try {
          await change('certification.decide', input);
          if (finalize) await change('certification.finalize', { caseId: data.caseId });
          setMessage({ kind: 'success', text: finalize ? 'Begutachtung abgeschlossen.' : 'Entscheidung gespeichert.' });
        } catch (error) {
          const placed = showServerIssues(error, setError, decisionFieldOf);
          setMessage(placed > 0 ? null : { kind: 'error', text: errorMessage(error) });
        }
      },
      (invalid) => {
        setMessage(null);
        const first = FIELD_ORDER.find((field) => invalid[field]);
        if (first) setFocus(first);
      },
    )();

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
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit(false);
        }}
      >
        <label className="radio">
          <input type="checkbox" {...register('overriding')} disabled={!data.editable} data-testid="override-toggle" /> Empfehlung abweichend festlegen
        </label>
        {overriding && (
          <div className="inline-form">
            <FormField label="Empfehlung" error={errors.recommendation?.message}>
              <select {...register('recommendation')} data-testid="override-choice">
                <SelectOptions options={recommendationOptions} />
              </select>
            </FormField>
            <FormField label="Begründung (Pflicht)" className="grow" error={errors.reason?.message}>
              <input {...register('reason')} data-testid="override-reason" />
            </FormField>
          </div>
        )}
        <FormField label="Auflagen (eine je Zeile)" className="full" error={errors.conditions?.message}>
          <textarea rows={3} {...register('conditions')} disabled={!data.editable} data-testid="conditions" />
        </FormField>
        {data.computed.suggestedConditions.length > 0 && (
          <button
            type="button"
            className="link-button"
            disabled={!data.editable}
            onClick={() => setValue('conditions', data.computed.suggestedConditions.join('\n'), { shouldDirty: true })}
            data-testid="use-suggestions"
          >
            Vorgeschlagene Auflagen übernehmen
          </button>
        )}
        <div className="inline-form">
          <DateField label={`${terms.certificate} ausgestellt am`} error={errors.certificateDate?.message} {...register('certificateDate')} disabled={!data.editable} data-testid="certificate-date" />
        </div>
        <div className="form-actions">
          <button type="submit" className="button secondary" disabled={!data.editable} data-testid="save-decision">
            Entscheidung speichern
          </button>
          <button type="button" className="button primary" disabled={!data.editable} onClick={() => setConfirming(true)} data-testid="finalize">
            Begutachtung abschließen …
          </button>
        </div>
      </form>
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
          void submit(true);
        }}
      />
    </section>
  );
}
