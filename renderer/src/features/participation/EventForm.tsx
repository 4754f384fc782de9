import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useController, useFieldArray, useForm, useWatch } from 'react-hook-form';
import type { Participation, ParticipationEvent } from '../../../../shared/contract';
import { PARTICIPANT_GROUP_LABELS, PARTICIPANT_GROUPS } from '../../../../shared/vocabulary/participation';
import { call, errorMessage } from '../../api/client';
import { CheckboxGroup } from '../../components/CheckboxGroup';
import { DateField } from '../../components/DateField';
import { FormField } from '../../components/FormField';
import { showServerIssues } from '../../components/server-issues';
import { eventFieldOf, eventFormSchema, eventValuesOf, NO_ORGANISATION, type EventFormOutput, type EventFormValues } from './event-form-schema';
import { useParticipationStore } from './participation-store';
import { ProtocolText } from './ProtocolText';

interface EventFormProps {
  data: Participation;
  /** The event being changed; null for a new one of `formatId`. */
  event: ParticipationEvent | null;
  formatId?: string;
  onDone(savedId: string | null): void;
}

/** One workshop or participation event: what, when, where, who led it, who came, and what came of it. */
export function EventForm({ data, event, formatId, onDone }: EventFormProps) {
  const submit = useParticipationStore((state) => state.submit);
  const { register, control, handleSubmit, setError, formState } = useForm<EventFormValues, unknown, EventFormOutput>({
    resolver: zodResolver(eventFormSchema),
    defaultValues: eventValuesOf(event, formatId),
  });
  const organisations = useFieldArray({ control, name: 'organisations' });
  const priorityFields = useController({ control, name: 'priorityFields' });
  const chosenFormatId = useWatch({ control, name: 'formatId' });
  const chosenFormat = data.formats.find((format) => format.id === chosenFormatId);
  const protocol = useWatch({ control, name: 'protocol' });
  const { errors, isSubmitting } = formState;
  const [failure, setFailure] = useState<string | null>(null);

  const save = async (values: EventFormOutput) => {
    setFailure(null);
    try {
      const saved = await submit(() =>
        call('participation.saveEvent', {
          caseId: data.caseId,
          id: event?.id ?? null,
          event: { ...values, priorityFields: chosenFormat?.choosesPriorities ? values.priorityFields : [] },
          ...(event ? { expectedUpdatedAt: event.updatedAt } : {}),
        }),
      );
      onDone(saved.savedId);
    } catch (error) {
      const placed = showServerIssues(error, setError, eventFieldOf);
      setFailure(placed > 0 ? null : errorMessage(error));
    }
  };

  return (
    <form className="card event-form" data-testid="event-form" noValidate onSubmit={(submit) => void handleSubmit(save)(submit)} aria-labelledby="event-form-title">
      <h3 id="event-form-title">{event ? `${event.formatName} bearbeiten` : 'Neue Veranstaltung'}</h3>
      <div className="form-grid">
        <FormField label="Format *" error={errors.formatId?.message} className="wide">
          <select {...register('formatId')} data-testid="event-format">
            <option value="">– bitte wählen –</option>
            {data.formats.map((format) => (
              <option key={format.id} value={format.id}>
                {format.name}
                {format.phaseName ? ` (${format.phaseName})` : ''}
              </option>
            ))}
          </select>
        </FormField>
        <FormField label="Titel oder Leitfrage" error={errors.title?.message} className="wide">
          <input {...register('title')} data-testid="event-title" autoComplete="off" />
        </FormField>
        <DateField label="Datum" error={errors.date?.message} {...register('date')} data-testid="event-date" />
        <FormField label="Ort" error={errors.place?.message}>
          <input {...register('place')} data-testid="event-place" autoComplete="off" />
        </FormField>
        <FormField label="Moderation" error={errors.moderation?.message}>
          <input {...register('moderation')} data-testid="event-moderation" autoComplete="off" />
        </FormField>
        <FormField label="Tagesordnung" error={errors.agenda?.message} className="full">
          <textarea {...register('agenda')} rows={2} data-testid="event-agenda" />
        </FormField>
      </div>
      <fieldset>
        <legend>Teilnehmende nach Gruppe</legend>
        <div className="count-grid">
          {PARTICIPANT_GROUPS.map((group) => (
            <FormField key={group} label={PARTICIPANT_GROUP_LABELS[group]} error={errors.participants?.[group]?.message}>
              <input {...register(`participants.${group}`)} inputMode="numeric" className="count" data-testid={`event-count-${group}`} autoComplete="off" />
            </FormField>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>Beteiligte Organisationen (optional)</legend>
        {organisations.fields.map((organisation, index) => (
          <div key={organisation.id} className="participant">
            <input {...register(`organisations.${index}.organisation`)} placeholder="Organisation" aria-label={`Organisation ${index + 1}`} />
            <input {...register(`organisations.${index}.role`)} placeholder="Funktion" aria-label={`Funktion ${index + 1}`} />
          </div>
        ))}
        {errors.organisations && <small className="error-text" role="alert">Bitte die Angaben zu den Organisationen prüfen (höchstens 200 Zeichen je Feld).</small>}
        <button type="button" className="link-button" onClick={() => organisations.append(NO_ORGANISATION)}>
          + weitere Organisation
        </button>
      </fieldset>
      {chosenFormat?.choosesPriorities && (
        <CheckboxGroup
          legend="Gewählte Schwerpunktfelder"
          options={data.fields.map((field) => ({ id: field.id, label: `${field.code} ${field.name}` }))}
          chosen={priorityFields.field.value}
          onChange={priorityFields.field.onChange}
          testId="event-priority-fields"
        />
      )}
      <div className="protocol-edit">
        <FormField label="Protokoll" error={errors.protocol?.message} hint="Absätze durch eine Leerzeile trennen; Listen mit „- “ oder „1. “ beginnen.">
          <textarea {...register('protocol')} rows={8} data-testid="event-protocol" />
        </FormField>
        <div aria-label="Vorschau des Protokolls" role="region" className="protocol-preview">
          <p className="small muted">Vorschau</p>
          <ProtocolText text={protocol} testId="event-protocol-preview" />
        </div>
      </div>
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={isSubmitting} data-testid="event-save">
          Speichern
        </button>
        <button type="button" className="button secondary" onClick={() => onDone(null)} data-testid="event-cancel">
          Abbrechen
        </button>
        {failure && (
          <span className="error-text" role="alert">
            {failure}
          </span>
        )}
      </div>
    </form>
  );
}
