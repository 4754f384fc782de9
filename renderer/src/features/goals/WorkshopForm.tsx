import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useController, useFieldArray, useForm } from 'react-hook-form';
import type { Agreement } from '../../../../shared/contract';
import { errorMessage } from '../../api/client';
import { CheckboxGroup } from '../../components/CheckboxGroup';
import { showServerIssues } from '../../components/server-issues';
import { useStoredFormValues } from '../../components/use-stored-form-values';
import { useTerms } from '../cases/use-terms';
import { useGoalsStore } from './goals-store';
import { NO_PARTICIPANT, workshopFieldOf, workshopFormSchema, workshopValuesOf, type WorkshopFormOutput, type WorkshopFormValues } from './workshop-form-schema';
import { DateField } from '../../components/DateField';

const TITLE_TERMS = { strategie: 'strategyWorkshop', zielvereinbarung: 'agreementWorkshop' } as const;

/** A workshop: its date, who took part (organisation and role only) and the fields it prioritised. */
export function WorkshopForm({ data, kind }: { data: Agreement; kind: 'strategie' | 'zielvereinbarung' }) {
  const change = useGoalsStore((state) => state.change);
  const title = useTerms(data.caseId)[TITLE_TERMS[kind]];
  const { register, control, handleSubmit, setError, reset, formState } = useForm<WorkshopFormValues, unknown, WorkshopFormOutput>({
    resolver: zodResolver(workshopFormSchema),
    defaultValues: workshopValuesOf(data, kind),
  });
  useStoredFormValues(reset, workshopValuesOf(data, kind));
  const participants = useFieldArray({ control, name: 'participants' });
  const priorityFields = useController({ control, name: 'priorityFields' });
  const { errors } = formState;
  const [message, setMessage] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);

  const save = async (workshop: WorkshopFormOutput) => {
    setMessage(null);
    try {
      await change('goals.saveWorkshop', { caseId: data.caseId, kind, ...workshop });
      setMessage({ kind: 'success', text: 'Gespeichert' });
    } catch (error) {
      const placed = showServerIssues(error, setError, workshopFieldOf);
      setMessage(placed > 0 ? null : { kind: 'error', text: errorMessage(error) });
    }
  };

  return (
    <form className="card workshop" data-testid={`workshop-${kind}`} noValidate onSubmit={(event) => void handleSubmit(save)(event)}>
      <h3>{title}</h3>
      <DateField label="Datum" error={errors.date?.message} {...register('date')} data-testid={`workshop-${kind}-date`} />
      <fieldset>
        <legend>Teilnehmende (Organisation und Funktion)</legend>
        {participants.fields.map((participant, index) => (
          <div key={participant.id} className="participant">
            <input {...register(`participants.${index}.organisation`)} placeholder="Organisation" aria-label={`Organisation ${index + 1}`} />
            <input {...register(`participants.${index}.role`)} placeholder="Funktion" aria-label={`Funktion ${index + 1}`} />
          </div>
        ))}
        {errors.participants && (
          <small className="error-text" role="alert">
            {errors.participants.message ?? 'Bitte die Angaben zu den Teilnehmenden prüfen (höchstens 200 Zeichen je Feld).'}
          </small>
        )}
        <button type="button" className="link-button" onClick={() => participants.append(NO_PARTICIPANT)}>
          + weitere Teilnehmende
        </button>
      </fieldset>
      <CheckboxGroup
        legend="Gewählte Schwerpunktfelder"
        options={data.fields.map((field) => ({ id: field.id, label: `${field.code} ${field.name}` }))}
        chosen={priorityFields.field.value}
        onChange={priorityFields.field.onChange}
      />
      <div className="form-actions">
        <button type="submit" className="button secondary small" disabled={!data.editable}>
          {title} speichern
        </button>
        {message && (
          <span className={message.kind === 'error' ? 'error-text' : 'save-status saved'} role={message.kind === 'error' ? 'alert' : 'status'}>
            {message.text}
          </span>
        )}
      </div>
    </form>
  );
}
