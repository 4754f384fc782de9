import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { Assessment } from '../../../../shared/contract';
import { decisionLabel } from '../../../../shared/certification/recommendation';
import { formatGermanDate } from '../../../../shared/domain/dates';
import { errorMessage } from '../../api/client';
import { FormField } from '../../components/FormField';
import { showServerIssues } from '../../components/server-issues';
import { useTerms } from '../cases/use-terms';
import { useCertificationStore } from './certification-store';
import { reopenFormSchema, type ReopenFormOutput } from './decision-form-schema';

/** The decision of a finalised round, and reopening it with a written reason. */
export function FinalizedDecision({ data }: { data: Assessment }) {
  const terms = useTerms(data.caseId);
  const change = useCertificationStore((state) => state.change);
  const { register, handleSubmit, setError, formState } = useForm<{ reason: string }, unknown, ReopenFormOutput>({
    resolver: zodResolver(reopenFormSchema(data.caseId)),
    defaultValues: { reason: '' },
  });
  const [submitError, setSubmitError] = useState<string | null>(null);

  const reopen = async (input: ReopenFormOutput) => {
    setSubmitError(null);
    try {
      await change('certification.reopen', input);
    } catch (error) {
      const placed = showServerIssues(error, setError, (path) => (path === 'reason' ? 'reason' : null));
      setSubmitError(placed > 0 ? null : errorMessage(error));
    }
  };

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
      <form className="inline-form" noValidate onSubmit={(event) => void handleSubmit(reopen)(event)}>
        <FormField label="Grund für das Wiederöffnen" className="grow" error={formState.errors.reason?.message}>
          <input {...register('reason')} data-testid="reopen-reason" />
        </FormField>
        <button type="submit" className="button secondary" data-testid="reopen">
          Wieder öffnen
        </button>
      </form>
      {submitError && (
        <p className="error-text" role="alert" data-testid="reopen-error">
          {submitError}
        </p>
      )}
    </section>
  );
}
