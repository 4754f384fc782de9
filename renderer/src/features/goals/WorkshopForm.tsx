import { useState } from 'react';
import type { Agreement } from '../../../../shared/contract';
import { formatGermanDate } from '../../../../shared/domain/dates';
import { parseGermanDate } from '../../../../shared/domain/german-dates';
import { errorMessage } from '../../api/client';
import { DateInput } from '../../components/DateInput';
import { useGoalsStore } from './goals-store';
import { useTerms } from '../cases/use-terms';
import { CheckboxGroup } from '../../components/CheckboxGroup';

const TITLE_TERMS = { strategie: 'strategyWorkshop', zielvereinbarung: 'agreementWorkshop' } as const;

/** A workshop: its date, who took part (organisation and role only) and the fields it prioritised. */
export function WorkshopForm({ data, kind }: { data: Agreement; kind: 'strategie' | 'zielvereinbarung' }) {
  const change = useGoalsStore((state) => state.change);
  const title = useTerms(data.caseId)[TITLE_TERMS[kind]];
  const saved = data.workshops.find((workshop) => workshop.kind === kind);
  const [date, setDate] = useState(saved?.heldOn ? formatGermanDate(saved.heldOn) : '');
  const [participants, setParticipants] = useState(saved?.participants.length ? saved.participants : [{ organisation: '', role: '' }]);
  const [fields, setFields] = useState<string[]>(saved?.priorityFields ?? []);
  const [message, setMessage] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);

  return (
    <form
      className="card workshop"
      data-testid={`workshop-${kind}`}
      onSubmit={(event) => {
        event.preventDefault();
        const parsed = parseGermanDate(date);
        if (!parsed.ok) {
          setMessage({ kind: 'error', text: parsed.message });
          return;
        }
        change('goals.saveWorkshop', { caseId: data.caseId, kind, heldOn: parsed.value, participants, priorityFields: fields })
          .then(() => setMessage({ kind: 'success', text: 'Gespeichert' }))
          .catch((failure: unknown) => setMessage({ kind: 'error', text: errorMessage(failure) }));
      }}
    >
      <h3>{title}</h3>
      <label className="field">
        <span>Datum</span>
        <DateInput value={date} onChange={(event) => setDate(event.target.value)} />
      </label>
      <fieldset>
        <legend>Teilnehmende (Organisation und Funktion)</legend>
        {participants.map((participant, index) => (
          <div key={index} className="participant">
            <input
              value={participant.organisation}
              placeholder="Organisation"
              aria-label={`Organisation ${index + 1}`}
              onChange={(event) => setParticipants(participants.map((entry, at) => (at === index ? { ...entry, organisation: event.target.value } : entry)))}
            />
            <input
              value={participant.role}
              placeholder="Funktion"
              aria-label={`Funktion ${index + 1}`}
              onChange={(event) => setParticipants(participants.map((entry, at) => (at === index ? { ...entry, role: event.target.value } : entry)))}
            />
          </div>
        ))}
        <button type="button" className="link-button" onClick={() => setParticipants([...participants, { organisation: '', role: '' }])}>
          + weitere Teilnehmende
        </button>
      </fieldset>
      <CheckboxGroup legend="Gewählte Schwerpunktfelder" options={data.fields.map((field) => ({ id: field.id, label: `${field.code} ${field.name}` }))} chosen={fields} onChange={setFields} />
      <div className="form-actions">
        <button type="submit" className="button secondary small" disabled={!data.editable}>
          {title} speichern
        </button>
        {message && <span className={message.kind === 'error' ? 'error-text' : 'save-status saved'}>{message.text}</span>}
      </div>
    </form>
  );
}
