import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from '../../../../shared/zod';
import type { CaseDetail, PhaseRecord } from '../../../../shared/contract';
import { phaseUpdateInputSchema } from '../../../../shared/contract';
import { validatedBy } from '../../../../shared/contract/common';
import { call, errorMessage } from '../../api/client';
import { FormField } from '../../components/FormField';
import { useStoredFormValues } from '../../components/use-stored-form-values';
import { formatGermanDate } from '../../../../shared/domain/dates';
import { parseGermanDate } from '../../../../shared/domain/german-dates';
import { DateField } from '../../components/DateField';

const dateText = z.string().transform((text, ctx) => {
  const entry = parseGermanDate(text);
  if (entry.ok) return entry.value;
  ctx.addIssue({ code: 'custom', message: entry.message });
  return z.NEVER;
});

const phaseFormSchema = z
  .object({
    caseId: z.string(),
    phaseKey: z.string(),
    plannedStart: dateText,
    plannedEnd: dateText,
    actualStart: dateText,
    actualEnd: dateText,
    note: z.string(),
  })
  .transform(validatedBy(phaseUpdateInputSchema));

type PhaseFormValues = z.input<typeof phaseFormSchema>;
type PhaseFormOutput = z.output<typeof phaseFormSchema>;

const formValuesOf = (caseId: string, phase: PhaseRecord): PhaseFormValues => ({
  caseId,
  phaseKey: phase.key,
  plannedStart: phase.plannedStart ? formatGermanDate(phase.plannedStart) : '',
  plannedEnd: phase.plannedEnd ? formatGermanDate(phase.plannedEnd) : '',
  actualStart: phase.actualStart ? formatGermanDate(phase.actualStart) : '',
  actualEnd: phase.actualEnd ? formatGermanDate(phase.actualEnd) : '',
  note: phase.note,
});

interface PhaseEditorProps {
  caseId: string;
  phase: PhaseRecord;
  onSaved(detail: CaseDetail): void;
  onClose(): void;
}

export function PhaseEditor({ caseId, phase, onSaved, onClose }: PhaseEditorProps) {
  const [saveError, setSaveError] = useState<string | null>(null);
  const stored = formValuesOf(caseId, phase);
  const { register, handleSubmit, formState, reset } = useForm<PhaseFormValues, unknown, PhaseFormOutput>({
    resolver: zodResolver(phaseFormSchema),
    defaultValues: stored,
  });
  useStoredFormValues(reset, stored);
  const errors = formState.errors;
  const submit = handleSubmit(async (values) => {
    setSaveError(null);
    try {
      onSaved(await call('timeline.updatePhase', values));
    } catch (error) {
      setSaveError(errorMessage(error));
    }
  });

  return (
    <form className="phase-editor" onSubmit={(event) => void submit(event)} noValidate data-testid={`phase-editor-${phase.key}`}>
      {saveError && (
        <p className="alert error" role="alert">
          Nicht gespeichert: {saveError}
        </p>
      )}
      <div className="grid four">
        <DateField label="Geplanter Beginn" error={errors.plannedStart?.message} {...register('plannedStart')} data-testid="phase-planned-start" autoFocus />
        <DateField label="Geplantes Ende" error={errors.plannedEnd?.message} {...register('plannedEnd')} data-testid="phase-planned-end" />
        <DateField label="Tatsächlicher Beginn" error={errors.actualStart?.message} {...register('actualStart')} data-testid="phase-actual-start" />
        <DateField label="Tatsächliches Ende" error={errors.actualEnd?.message} {...register('actualEnd')} data-testid="phase-actual-end" />
      </div>
      <FormField label="Notiz zur Phase" error={errors.note?.message} className="full">
        <input {...register('note')} data-testid="phase-note" />
      </FormField>
      <div className="form-actions">
        <button type="submit" className="button primary" data-testid="phase-save" disabled={formState.isSubmitting}>
          Phase speichern
        </button>
        <button type="button" className="button secondary" onClick={onClose}>
          Abbrechen
        </button>
      </div>
    </form>
  );
}
