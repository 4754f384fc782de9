import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { CaseDetail } from '../../../../shared/contract';
import { call, errorMessage } from '../../api/client';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { downloadBase64 } from '../../api/files';
import { ConceptExportButton } from './ConceptExportButton';

interface CaseActionsProps {
  detail: CaseDetail;
  onChanged(detail: CaseDetail): void;
  onError(message: string): void;
}

export function CaseActions({ detail, onChanged, onError }: CaseActionsProps) {
  const navigate = useNavigate();
  const [confirmPurge, setConfirmPurge] = useState(false);

  const run = async (action: () => Promise<CaseDetail>) => {
    try {
      onChanged(await action());
    } catch (error) {
      onError(errorMessage(error));
    }
  };

  if (detail.status === 'trash') {
    return (
      <div className="actions">
        <button type="button" className="button primary" data-testid="restore-case" onClick={() => void run(() => call('cases.restore', { id: detail.id }))}>
          Wiederherstellen
        </button>
        <button type="button" className="button danger" data-testid="purge-case" onClick={() => setConfirmPurge(true)}>
          Endgültig löschen
        </button>
        <ConfirmDialog
          open={confirmPurge}
          title="Auditfall endgültig löschen?"
          message={`„${detail.municipalityName}“ wird mit allen Daten gelöscht. Das kann nicht rückgängig gemacht werden.`}
          confirmLabel="Endgültig löschen"
          onCancel={() => setConfirmPurge(false)}
          onConfirm={() => {
            setConfirmPurge(false);
            call('cases.deletePermanently', { id: detail.id })
              .then(() => navigate('/'))
              .catch((error: unknown) => onError(errorMessage(error)));
          }}
        />
      </div>
    );
  }

  return (
    <div className="actions">
      <Link to={`/faelle/${detail.id}/fragebogen`} className="button primary" data-testid="open-questionnaire">
        Fragebogen
      </Link>
      <Link to={`/faelle/${detail.id}/bewertung`} className="button primary" data-testid="open-scoring">
        Stärken/Schwächen
      </Link>
      <Link to={`/faelle/${detail.id}/beteiligung`} className="button primary" data-testid="open-participation">
        Beteiligung
      </Link>
      <Link to={`/faelle/${detail.id}/ziele`} className="button primary" data-testid="open-goals">
        {detail.terms.agreement}
      </Link>
      <Link to={`/faelle/${detail.id}/zertifizierung`} className="button primary" data-testid="open-certification">
        {detail.terms.assessmentShort}
      </Link>
      <Link to={`/faelle/${detail.id}/bericht`} className="button secondary" data-testid="open-report">
        {detail.terms.report}
      </Link>
      <ConceptExportButton detail={detail} onError={onError} />
      <Link to={`/faelle/${detail.id}/nachweise`} className="button secondary" data-testid="open-evidence">
        Nachweise
      </Link>
      <button
        type="button"
        className="button secondary"
        data-testid="export-transfer"
        onClick={() =>
          void call('transfer.exportCase', { caseId: detail.id })
            .then((file) => downloadBase64(file.fileName, file.contentBase64, 'application/octet-stream'))
            .catch((error: unknown) => onError(errorMessage(error)))
        }
      >
        Übergabedatei
      </button>
      {detail.certificateValidUntil !== null && (
        <Link to={`/faelle/neu?reauditVon=${detail.id}`} className="button secondary" data-testid="create-reaudit">
          {detail.terms.nextRound} anlegen
        </Link>
      )}
      <Link to={`/faelle/${detail.id}/protokoll`} className="button secondary" data-testid="open-change-log">
        Änderungsprotokoll
      </Link>
      <Link to={`/faelle/${detail.id}/bearbeiten`} className="button secondary" data-testid="edit-case">
        Bearbeiten
      </Link>
      <button
        type="button"
        className="button secondary"
        data-testid="archive-case"
        onClick={() => void run(() => call('cases.setArchived', { id: detail.id, archived: detail.status !== 'archived' }))}
      >
        {detail.status === 'archived' ? 'Aus dem Archiv holen' : 'Archivieren'}
      </button>
      <button type="button" className="button secondary" data-testid="trash-case" onClick={() => void run(() => call('cases.moveToTrash', { id: detail.id }))}>
        In den Papierkorb
      </button>
    </div>
  );
}
