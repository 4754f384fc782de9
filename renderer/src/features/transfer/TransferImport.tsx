import { useEffect, useId, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import type { TransferPreview } from '../../../../shared/contract';
import { call, errorMessage } from '../../api/client';
import { fileToBase64 } from '../../api/files';
import { formatFileSize } from '../../../../shared/domain/file-size';
import { formatTimestamp } from '../../format/labels';

const MAX_BYTES = 25 * 1024 * 1024;

interface Loaded {
  fileName: string;
  contentBase64: string;
  preview: TransferPreview;
}

/** Takes over a case from another laptop: pick the file, see what it holds, choose how. */
/** What the case page says after a transfer: from which file, and which backup holds the state before it. */
function transferNotice(fileName: string, backup: { createdAt: string } | null): string {
  const before = backup ? ` Der Stand davor ist in der Sicherung „Vor einem Import“ vom ${formatTimestamp(backup.createdAt)} aufbewahrt (unter „Sicherungen“).` : '';
  return `Der Auditfall wurde aus „${fileName}“ übernommen.${before}`;
}

export function TransferImport() {
  const navigate = useNavigate();
  const inputId = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const element = dialog.current;
    if (loaded && element && !element.open) element.showModal();
    if (!loaded && element?.open) element.close();
  }, [loaded]);

  async function open(file: File) {
    setError(null);
    if (file.size > MAX_BYTES) return setError(`„${file.name}“ ist größer als 25 MB und ist keine Fallübergabe.`);
    try {
      const contentBase64 = await fileToBase64(file);
      setLoaded({ fileName: file.name, contentBase64, preview: await call('transfer.previewCase', { fileName: file.name, contentBase64 }) });
    } catch (failure) {
      setError(errorMessage(failure));
    }
  }

  async function take(mode: 'new' | 'copy' | 'update') {
    if (!loaded) return;
    setBusy(true);
    try {
      const result = await call('transfer.importCase', { fileName: loaded.fileName, contentBase64: loaded.contentBase64, mode });
      setLoaded(null);
      void navigate(`/faelle/${result.caseId}`, { state: { transferNotice: transferNotice(loaded.fileName, result.backupBefore) } });
    } catch (failure) {
      setLoaded(null);
      setError(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  }

  const preview = loaded?.preview;
  return (
    <>
      <label htmlFor={inputId} className="button secondary">
        Auditfall übernehmen …
      </label>
      <input
        id={inputId}
        className="visually-hidden"
        type="file"
        accept=".familienaudit"
        data-testid="transfer-file"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void open(file);
        }}
      />
      {error && (
        <p className="alert error transfer-error" role="alert" data-testid="transfer-error">
          {error}
        </p>
      )}
      <dialog ref={dialog} className="dialog" aria-labelledby="transfer-title" onCancel={() => setLoaded(null)} data-testid="transfer-dialog">
        {preview && (
          <>
            <h2 id="transfer-title">Auditfall übernehmen</h2>
            <dl className="facts">
              <div>
                <dt>Kommune / Kreis</dt>
                <dd>{preview.municipalityName}</dd>
              </div>
              <div>
                <dt>Verfahren</dt>
                <dd>{preview.catalogue}</dd>
              </div>
              <div>
                <dt>Exportiert</dt>
                <dd>
                  {formatTimestamp(preview.exportedAt)} (Familienaudit {preview.appVersion})
                </dd>
              </div>
              <div>
                <dt>Inhalt</dt>
                <dd>
                  {preview.rowCount} Datensätze, {preview.historyCount} Einträge im Änderungsprotokoll
                  {preview.documentCount > 0 && `, ${preview.documentCount} Nachweise (${formatFileSize(preview.documentBytes)}, Prüfsummen geprüft)`}
                </dd>
              </div>
            </dl>
            {preview.existingName !== null && (
              <p className="alert warning" data-testid="transfer-exists">
                Diesen Auditfall gibt es hier schon („{preview.existingName}“). Er kann als Kopie mit neuen Kennungen übernommen werden oder den vorhandenen Stand
                ersetzen; vorher wird automatisch gesichert.
              </p>
            )}
            <div className="form-actions">
              {preview.existingName === null ? (
                <button type="button" className="button primary" disabled={busy} onClick={() => void take('new')} data-testid="transfer-new">
                  Übernehmen
                </button>
              ) : (
                <>
                  <button type="button" className="button primary" disabled={busy} onClick={() => void take('copy')} data-testid="transfer-copy">
                    Als Kopie übernehmen
                  </button>
                  <button type="button" className="button danger" disabled={busy} onClick={() => void take('update')} data-testid="transfer-update">
                    Vorhandenen ersetzen
                  </button>
                </>
              )}
              <button type="button" className="button secondary" onClick={() => setLoaded(null)} autoFocus>
                Abbrechen
              </button>
            </div>
          </>
        )}
      </dialog>
    </>
  );
}
