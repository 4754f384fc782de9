import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { fixElementId } from '../../../../shared/certification/formal-checks';
import type { Agreement } from '../../../../shared/contract';
import { formatGermanDate } from '../../../../shared/domain/dates';
import { errorMessage } from '../../api/client';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { FormField } from '../../components/FormField';
import { showServerIssues } from '../../components/server-issues';
import { useTerms } from '../cases/use-terms';
import { useGoalsStore } from './goals-store';
import { adoptFormSchema, resolutionFieldOf, type AdoptFormValues } from './resolution-form-schema';
import { DateField } from '../../components/DateField';

type AdoptOutput = ReturnType<typeof adoptFormSchema.parse>;

/** Records the council resolution, after asking: from then on every change needs a date and a reason. */
export function AdoptForm({ data }: { data: Agreement }) {
  const terms = useTerms(data.caseId);
  const change = useGoalsStore((state) => state.change);
  const { register, handleSubmit, setError, formState } = useForm<AdoptFormValues, unknown, AdoptOutput>({
    resolver: zodResolver(adoptFormSchema),
    defaultValues: { date: '', drucksache: '' },
  });
  const { errors } = formState;
  const [pending, setPending] = useState<AdoptOutput | null>(null);
  const [submitError, setSubmitError] = useState<string | null>(null);

  const adopt = async (input: AdoptOutput) => {
    try {
      await change('goals.adopt', { caseId: data.caseId, ...input });
      setSubmitError(null);
    } catch (error) {
      const placed = showServerIssues(error, setError, (path) => {
        const field = resolutionFieldOf(path);
        return field === 'reason' ? null : field;
      });
      setSubmitError(placed > 0 ? null : errorMessage(error));
    }
  };

  return (
    <section className="card" id={fixElementId.resolution} aria-labelledby="adopt-title" data-testid="adoption">
      <h2 id="adopt-title">{terms.resolutionOfAgreement}</h2>
      <p className="muted">Noch nicht beschlossen. Nach dem Beschluss wird jede Änderung als Änderung mit Datum und Begründung festgehalten.</p>
      <form
        className="inline-form"
        noValidate
        onSubmit={(event) =>
          void handleSubmit((input) => {
            setSubmitError(null);
            setPending(input);
          })(event)
        }
      >
        <DateField label="Datum des Beschlusses" error={errors.date?.message} {...register('date')} data-testid="adopt-date" />
        <FormField label="Drucksache" error={errors.drucksache?.message}>
          <input {...register('drucksache')} data-testid="adopt-drucksache" />
        </FormField>
        <button type="submit" className="button primary" disabled={!data.editable} data-testid="adopt">
          Als beschlossen festhalten
        </button>
      </form>
      {submitError && (
        <p className="alert error" role="alert">
          {submitError}
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
          if (input) void adopt(input);
        }}
      />
    </section>
  );
}
