import { useState } from 'react';
import { Link } from 'react-router';
import type { CaseDetail } from '../../../../shared/contract';
import { PHASE_STATE_LABELS } from '../../../../shared/domain/timeline';
import { formatDate } from '../../format/labels';
import { PhaseEditor } from './PhaseEditor';
import { EvidenceClip } from '../evidence/EvidenceClip';
import { RESOLUTION_PLACES } from '../../../../shared/evidence/document-places';
import { useTerms } from '../cases/use-terms';

function range(start: string | null, end: string | null): string {
  if (!start && !end) return '–';
  return `${formatDate(start)} bis ${formatDate(end)}`;
}

interface TimelineProps {
  detail: CaseDetail;
  editable: boolean;
  onChanged(detail: CaseDetail): void;
}

export function Timeline({ detail, editable, onChanged }: TimelineProps) {
  const terms = useTerms(detail.id);
  // Several editors may be open at once: opening one never throws away what was typed in another.
  const [editing, setEditing] = useState<ReadonlySet<string>>(new Set());
  const open = (key: string) => setEditing((current) => new Set(current).add(key));
  const close = (key: string) =>
    setEditing((current) => {
      const next = new Set(current);
      next.delete(key);
      return next;
    });
  const warningsByPhase = new Map<string, CaseDetail['warnings']>();
  for (const warning of detail.warnings) {
    if (warning.phaseKey) warningsByPhase.set(warning.phaseKey, [...(warningsByPhase.get(warning.phaseKey) ?? []), warning]);
  }

  const locked = detail.phases.find((phase) => phase.lockReason !== null);
  return (
    <>
      {editable && locked && (
        <p className="muted timeline-lock" data-testid="timeline-lock">
          {locked.lockReason}
        </p>
      )}
      <ol className="timeline" data-testid="timeline">
        {detail.phases.map((phase) => {
          const current = phase.key === detail.currentPhaseKey;
          const phaseWarnings = warningsByPhase.get(phase.key) ?? [];
          const alarming = phaseWarnings.some((warning) => warning.severity !== 'info');
          return (
            <li
              key={phase.key}
              className={`phase state-${phase.state} ${current ? 'current' : ''} ${alarming ? 'warned' : ''}`}
              data-testid={`phase-${phase.key}`}
              aria-current={current ? 'step' : undefined}
            >
              <div className="phase-head">
                <span className="phase-number" aria-hidden="true">
                  {phase.position + 1}
                </span>
                <div className="phase-title">
                  <h3>{phase.name}</h3>
                  <span className={`badge state-${phase.state}`} data-testid="phase-state">
                    {PHASE_STATE_LABELS[phase.state]}
                  </span>
                  {current && <span className="badge current">Aktuelle Phase</span>}
                  {phase.overdue && <span className="badge warn">Überfällig</span>}
                </div>
                {editable && phase.lockReason === null && !editing.has(phase.key) && (
                  <button
                    type="button"
                    className="button secondary small"
                    onClick={() => open(phase.key)}
                    data-testid={`edit-phase-${phase.key}`}
                    aria-label={`${phase.name}: Termine bearbeiten`}
                  >
                    Termine bearbeiten
                  </button>
                )}
                {/* Every procedure starts with the council's mandate, so its resolution is attached to the first phase. */}
                {phase.position === 0 && <EvidenceClip caseId={detail.id} place={RESOLUTION_PLACES.mandate} label={`${terms.resolution} (Mandat)`} editable={editable} />}
              </div>
              <dl className="phase-dates">
                <div>
                  <dt>Geplant</dt>
                  <dd>{range(phase.plannedStart, phase.plannedEnd)}</dd>
                </div>
                <div>
                  <dt>Tatsächlich</dt>
                  <dd>{range(phase.actualStart, phase.actualEnd)}</dd>
                </div>
                {phase.note && (
                  <div>
                    <dt>Notiz</dt>
                    <dd>{phase.note}</dd>
                  </div>
                )}
                {phase.events.length > 0 && (
                  <div>
                    <dt>Veranstaltungen</dt>
                    <dd>
                      <ul className="phase-events" data-testid="phase-events">
                        {phase.events.map((event) => (
                          <li key={event.id}>
                            <Link to={`/faelle/${detail.id}/beteiligung`}>{event.formatName}</Link>
                            {event.title && ` – ${event.title}`}, {event.heldOn ? formatDate(event.heldOn) : 'ohne Datum'}
                          </li>
                        ))}
                      </ul>
                    </dd>
                  </div>
                )}
              </dl>
              {phaseWarnings.map((warning) => (
                <p key={warning.message} className={`phase-warning ${warning.severity}`} data-testid={warning.severity === 'info' ? 'phase-note' : 'phase-warning'}>
                  {warning.severity === 'info' ? 'ℹ' : '⚠'} {warning.message}
                </p>
              ))}
              {editing.has(phase.key) && (
                <PhaseEditor
                  caseId={detail.id}
                  phase={phase}
                  onSaved={(updated) => {
                    close(phase.key);
                    onChanged(updated);
                  }}
                  onClose={() => close(phase.key)}
                />
              )}
            </li>
          );
        })}
      </ol>
    </>
  );
}
