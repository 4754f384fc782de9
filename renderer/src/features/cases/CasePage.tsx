import { fixElementId } from '../../../../shared/certification/formal-checks';
import { useEffect, useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { Timeline } from '../timeline/Timeline';
import { CaseActions } from './CaseActions';
import { CaseOverview } from './CaseOverview';
import { ALL_AREAS, useCaseChanges } from '../../api/use-case-changes';
import { useCaseStore } from './case-store';
import { CASE_KIND_LABELS, STATUS_LABELS } from '../../format/labels';

export function CasePage() {
  const { id = '' } = useParams();
  const detail = useCaseStore((state) => state.detail);
  const error = useCaseStore((state) => state.error);
  const load = useCaseStore((state) => state.load);
  const replace = useCaseStore((state) => state.replace);
  const [failedAction, setFailedAction] = useState<{ caseId: string; message: string } | null>(null);
  const actionError = failedAction?.caseId === id ? failedAction.message : null;
  const arrivedWith = (useLocation().state as { transferNotice?: string } | null)?.transferNotice ?? null;
  const [dismissed, setDismissed] = useState(false);
  const notice = dismissed ? null : arrivedWith;

  useEffect(() => {
    void load(id);
  }, [id, load]);
  // The overview and the timeline show facts from every part of the case.
  useCaseChanges(id, ALL_AREAS, () => load(id));

  if (error) {
    return (
      <section className="page">
        <p className="alert error" role="alert">
          {error}
        </p>
        <Link to="/">Zur Liste der Auditfälle</Link>
      </section>
    );
  }
  if (!detail || detail.id !== id) return <p className="loading">Lädt …</p>;

  return (
    <section className="page case-page" aria-labelledby="case-title">
      <nav className="breadcrumb" aria-label="Pfad">
        <Link to="/">Auditfälle</Link> › <span>{detail.municipalityName}</span>
      </nav>
      <header className="page-header">
        <div>
          <h1 id="case-title" data-testid="case-title">
            {detail.municipalityName}
          </h1>
          <p className="subtitle">
            {CASE_KIND_LABELS[detail.kind]} · AGS {detail.ags}
            {detail.status !== 'active' && (
              <span className={`badge status-${detail.status}`} data-testid="case-status">
                {STATUS_LABELS[detail.status]}
              </span>
            )}
          </p>
        </div>
        <CaseActions
          detail={detail}
          onChanged={(updated) => {
            setFailedAction(null);
            replace(updated);
          }}
          onError={(message) => setFailedAction({ caseId: id, message })}
        />
      </header>
      {actionError && (
        <p className="alert error" role="alert">
          {actionError}
        </p>
      )}
      {notice && (
        <div className="alert success case-notice" role="status" data-testid="transfer-notice">
          <span>{notice}</span>
          <button type="button" className="button secondary small" onClick={() => setDismissed(true)}>
            Schließen
          </button>
        </div>
      )}
      <CaseOverview detail={detail} />
      <section id={fixElementId.timeline} aria-labelledby="timeline-title">
        <h2 id="timeline-title">Prozess und Zeitplan</h2>
        <Timeline detail={detail} editable={detail.status !== 'trash'} onChanged={replace} />
      </section>
    </section>
  );
}
