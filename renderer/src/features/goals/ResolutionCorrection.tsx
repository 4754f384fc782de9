import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { Agreement } from '../../../../shared/contract';
import { errorMessage } from '../../api/client';
import { FormField } from '../../components/FormField';
import { showServerIssues } from '../../components/server-issues';
import { useGoalsStore } from './goals-store';
import { correctionFormSchema, correctionValuesOf, resolutionFieldOf, type CorrectionFormValues } from './resolution-form-schema';
import { DateField } from '../../components/DateField';

type CorrectionOutput = ReturnType<typeof correctionFormSchema.parse>;

/** Corrects a wrongly recorded resolution date or Drucksache; the correction is kept with its reason. */
export function ResolutionCorrection({ data }: { data: Agreement }) {
  const change = useGoalsStore((state) => state.change);
  const [open, setOpen] = useState(false);
  const { register, handleSubmit, setError, reset, formState } = useForm<CorrectionFormValues, unknown, CorrectionOutput>({
    resolver: zodResolver(correctionFormSchema),
    defaultValues: correctionValuesOf(data.adopted!),
  });
  const [submitError, setSubmitError] = useState<string | null>(null);
  const { errors } = formState;

  if (!open) {
    return (
      <button
        type="button"
        className="link-button"
        onClick={() => {
          reset(correctionValuesOf(data.adopted!));
          setOpen(true);
        }}
        data-testid="correct-resolution"
      >
        Datum oder Drucksache korrigieren …
      </button>
    );
  }
  const save = async (correction: CorrectionOutput) => {
    setSubmitError(null);
    try {
      await change('goals.correctResolution', { caseId: data.caseId, ...correction });
      setOpen(false);
    } catch (error) {
      const placed = showServerIssues(error, setError, resolutionFieldOf);
      setSubmitError(placed > 0 ? null : errorMessage(error));
    }
  };
  return (
    <form className="card-inset" data-testid="resolution-correction" noValidate onSubmit={(event) => void handleSubmit(save)(event)}>
      <div className="inline-form">
        <DateField label="Richtiges Datum" error={errors.date?.message} {...register('date')} data-testid="correct-date" />
        <FormField label="Drucksache" error={errors.drucksache?.message}>
          <input {...register('drucksache')} data-testid="correct-drucksache" />
        </FormField>
        <FormField label="Begründung der Korrektur" className="grow" error={errors.reason?.message}>
          <input {...register('reason')} data-testid="correct-reason" />
        </FormField>
      </div>
      <div className="form-actions">
        <button type="submit" className="button primary small" data-testid="correct-save">
          Korrektur festhalten
        </button>
        <button type="button" className="button secondary small" onClick={() => setOpen(false)}>
          Abbrechen
        </button>
      </div>
      {submitError && (
        <p className="error-text" role="alert" data-testid="correct-error">
          {submitError}
        </p>
      )}
    </form>
  );
}
