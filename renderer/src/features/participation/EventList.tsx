import { EvidenceClip } from '../evidence/EvidenceClip';
import { useState } from 'react';
import { Link } from 'react-router';
import type { Participation, ParticipationEvent } from '../../../../shared/contract';
import { formatGermanDate } from '../../../../shared/domain/dates';
import { formatGermanInteger } from '../../../../shared/domain/german-numbers';
import { PARTICIPANT_GROUP_LABELS, PARTICIPANT_GROUPS } from '../../../../shared/vocabulary/participation';
import { errorMessage } from '../../api/client';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { EventForm } from './EventForm';
import { useParticipationStore } from './participation-store';
import { ProtocolText } from './ProtocolText';

function countsText(event: ParticipationEvent): string {
  const parts = PARTICIPANT_GROUPS.filter((group) => (event.participants[group] ?? 0) > 0).map((group) => `${PARTICIPANT_GROUP_LABELS[group]} ${formatGermanInteger(event.participants[group] ?? 0)}`);
  return parts.length > 0 ? parts.join(' · ') : 'keine Teilnehmenden erfasst';
}

function EventCard({ data, event, onEdit, onRemove }: { data: Participation; event: ParticipationEvent; onEdit(): void; onRemove(): void }) {
  const fieldName = new Map(data.fields.map((field) => [field.id, `${field.code} ${field.name}`]));
  return (
    <article className="card event" data-testid={`event-${event.id}`} aria-labelledby={`event-title-${event.id}`}>
      <header className="event-header">
        <h3 id={`event-title-${event.id}`}>
          {event.formatName}
          {event.title && <span className="event-subtitle"> – {event.title}</span>}
        </h3>
        <span className="muted">{event.heldOn ? formatGermanDate(event.heldOn) : 'ohne Datum'}</span>
      </header>
      <dl className="facts">
        {event.place && (
          <div>
            <dt>Ort</dt>
            <dd>{event.place}</dd>
          </div>
        )}
        {event.moderation && (
          <div>
            <dt>Moderation</dt>
            <dd>{event.moderation}</dd>
          </div>
        )}
        <div>
          <dt>Teilnehmende</dt>
          <dd data-testid="event-participants">
            {formatGermanInteger(event.participantTotal)} ({countsText(event)})
          </dd>
        </div>
        {event.organisations.length > 0 && (
          <div>
            <dt>Organisationen</dt>
            <dd>{event.organisations.map((entry) => [entry.organisation, entry.role].filter(Boolean).join(' – ')).join('; ')}</dd>
          </div>
        )}
        {event.priorityFields.length > 0 && (
          <div>
            <dt>Schwerpunktfelder</dt>
            <dd>{event.priorityFields.map((id) => fieldName.get(id) ?? id).join('; ')}</dd>
          </div>
        )}
        {event.agenda && (
          <div>
            <dt>Tagesordnung</dt>
            <dd>{event.agenda}</dd>
          </div>
        )}
      </dl>
      <details>
        <summary>Protokoll</summary>
        <ProtocolText text={event.protocol} testId="event-protocol-text" />
      </details>
      <EvidenceClip caseId={data.caseId} place={`event:${event.id}`} label={event.title || event.formatName} />
      <div className="form-actions">
        <Link to={`/werkstatt/${data.caseId}?veranstaltung=${event.id}`} className="button primary small" data-testid="event-werkstatt">
          Werkstatt-Modus
        </Link>
        <button type="button" className="button secondary small" onClick={onEdit} disabled={event.lockReason !== null} title={event.lockReason ?? undefined} data-testid="event-edit">
          Bearbeiten
        </button>
        <button type="button" className="button danger small" onClick={onRemove} disabled={event.lockReason !== null} title={event.lockReason ?? undefined} data-testid="event-remove">
          Löschen
        </button>
      </div>
    </article>
  );
}

/** The round's events by date, each with its counts and protocol; one of them, or a new one, in the form. */
export function EventList({ data }: { data: Participation }) {
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  const [removing, setRemoving] = useState<ParticipationEvent | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const change = useParticipationStore((state) => state.change);
  const canAdd = data.lockReason === null || data.networkLockReason === null;

  return (
    <section aria-labelledby="events-title" id="veranstaltungen" tabIndex={-1}>
      <div className="section-header">
        <h2 id="events-title">Veranstaltungen</h2>
        <button type="button" className="button primary" onClick={() => setEditing('new')} disabled={!canAdd || editing !== null} data-testid="event-add">
          Veranstaltung erfassen
        </button>
      </div>
      {failure && (
        <p className="alert error" role="alert">
          {failure}
        </p>
      )}
      {editing === 'new' && <EventForm data={data} event={null} onDone={() => setEditing(null)} />}
      {data.events.length === 0 && editing !== 'new' && <p className="muted">Noch keine Veranstaltung erfasst.</p>}
      <div className="event-list">
        {data.events.map((event) =>
          editing === event.id ? (
            <EventForm key={event.id} data={data} event={event} onDone={() => setEditing(null)} />
          ) : (
            <EventCard key={event.id} data={data} event={event} onEdit={() => setEditing(event.id)} onRemove={() => setRemoving(event)} />
          ),
        )}
      </div>
      <ConfirmDialog
        open={removing !== null}
        title="Veranstaltung löschen?"
        message={removing ? `„${removing.formatName}${removing.heldOn ? ` am ${formatGermanDate(removing.heldOn)}` : ''}“ wird mit Teilnehmenden und Protokoll gelöscht. Das Änderungsprotokoll behält, was sie enthielt.` : ''}
        confirmLabel="Löschen"
        onCancel={() => setRemoving(null)}
        onConfirm={() => {
          const target = removing;
          setRemoving(null);
          setFailure(null);
          if (target) change('participation.removeEvent', { caseId: data.caseId, id: target.id }).catch((error: unknown) => setFailure(errorMessage(error)));
        }}
      />
    </section>
  );
}
