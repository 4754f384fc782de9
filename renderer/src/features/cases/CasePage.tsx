import { fixElementId } from '../../../../shared/certification/formal-checks';
import { useState } from 'react';
import { useLocation, useParams } from 'react-router';
import { Timeline } from '../timeline/Timeline';
import { CaseActions } from './CaseActions';
import { CaseOverview } from './CaseOverview';
import { useCaseStore } from './case-store';
import { CASE_KIND_LABELS, STATUS_LABELS } from '../../format/labels';
import { useCaseData } from '../../api/use-case-data';
import { useEvidenceStore } from '../evidence/evidence-store';

const EVIDENCE_AREAS = ['evidence'] as const;

export function CasePage() {
  const { id = '' } = useParams();
  // The case layout loads the case and keeps it current with every part of it.
  const detail = useCaseStore((state) => (state.detail?.id === id ? state.detail : null));
  const replace = useCaseStore((state) => state.replace);
  useCaseData(useEvidenceStore, id, EVIDENCE_AREAS);
  const [failedAction, setFailedAction] = useState<{ caseId: string; message: string } | null>(null);
  const actionError = failedAction?.caseId === id ? failedAction.message : null;
  const arrivedWith = (useLocation().state as { transferNotice?: string } | null)?.transferNotice ?? null;
  const [dismissed, setDismissed] = useState(false);
  const notice = dismissed ? null : arrivedWith;

  if (!detail) return <p className="loading">Lädt …</p>;

  return (
    <section className="page case-page" aria-labelledby="case-title">
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
