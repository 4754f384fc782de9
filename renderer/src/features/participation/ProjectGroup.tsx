import { useState } from 'react';
import type { Participation, ProjectMember } from '../../../../shared/contract';
import { formatGermanDate } from '../../../../shared/domain/dates';
import { MEMBER_GROUP_LABELS } from '../../../../shared/vocabulary/participation';
import { errorMessage } from '../../api/client';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { MemberForm } from './MemberForm';
import { useParticipationStore } from './participation-store';

function period(member: ProjectMember): string {
  if (!member.from && !member.until) return '–';
  return `${member.from ? `seit ${formatGermanDate(member.from)}` : ''}${member.from && member.until ? ' ' : ''}${member.until ? `bis ${formatGermanDate(member.until)}` : ''}`;
}

/** The project group: council, administration, citizens, business and associations, with their roles. */
export function ProjectGroup({ data }: { data: Participation }) {
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  const [removing, setRemoving] = useState<ProjectMember | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const change = useParticipationStore((state) => state.change);
  const locked = data.networkLockReason !== null;

  return (
    <section className="card" aria-labelledby="project-group-title">
      <div className="section-header">
        <h2 id="project-group-title">Projektgruppe</h2>
        <button type="button" className="button secondary" onClick={() => setEditing('new')} disabled={locked || editing !== null} data-testid="member-add">
          Mitglied hinzufügen
        </button>
      </div>
      {failure && (
        <p className="alert error" role="alert">
          {failure}
        </p>
      )}
      {editing === 'new' && <MemberForm caseId={data.caseId} member={null} onDone={() => setEditing(null)} />}
      {data.members.length === 0 ? (
        <p className="muted">Noch keine Mitglieder erfasst.</p>
      ) : (
        <table className="data-table" data-testid="member-table">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Gruppe</th>
              <th scope="col">Rolle und Funktion</th>
              <th scope="col">Kontakt</th>
              <th scope="col">Zeitraum</th>
              <th scope="col">
                <span className="visually-hidden">Aktionen</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {data.members.map((member) =>
              editing === member.id ? (
                <tr key={member.id}>
                  <td colSpan={6}>
                    <MemberForm caseId={data.caseId} member={member} onDone={() => setEditing(null)} />
                  </td>
                </tr>
              ) : (
                <tr key={member.id} data-testid="member-row">
                  <th scope="row">{member.name}</th>
                  <td>{MEMBER_GROUP_LABELS[member.group]}</td>
                  <td>{member.role || '–'}</td>
                  <td>{member.contact || '–'}</td>
                  <td>{period(member)}</td>
                  <td className="row-actions">
                    <button type="button" className="link-button" disabled={locked || editing !== null} onClick={() => setEditing(member.id)} aria-label={`${member.name} bearbeiten`}>
                      Bearbeiten
                    </button>
                    <button type="button" className="link-button danger" disabled={locked} onClick={() => setRemoving(member)} aria-label={`${member.name} entfernen`}>
                      Entfernen
                    </button>
                  </td>
                </tr>
              ),
            )}
          </tbody>
        </table>
      )}
      <ConfirmDialog
        open={removing !== null}
        title="Aus der Projektgruppe entfernen?"
        message={removing ? `${removing.name} wird aus der Projektgruppe entfernt. Wer nur ausgeschieden ist, bekommt besser ein Datum unter „Mitglied bis“.` : ''}
        confirmLabel="Entfernen"
        onCancel={() => setRemoving(null)}
        onConfirm={() => {
          const target = removing;
          setRemoving(null);
          setFailure(null);
          if (target) change('participation.removeMember', { caseId: data.caseId, id: target.id }).catch((error: unknown) => setFailure(errorMessage(error)));
        }}
      />
    </section>
  );
}
