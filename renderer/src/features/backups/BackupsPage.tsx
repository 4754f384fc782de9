import { useCallback, useEffect, useState } from 'react';
import { BACKUP_KIND_LABELS } from '../../../../shared/backups/rotation';
import type { BackupInfo } from '../../../../shared/contract';
import { call, errorMessage } from '../../api/client';
import { downloadBase64, fileToBase64 } from '../../api/files';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { FileDrop } from '../../components/FileDrop';
import { formatTimestamp } from '../../format/labels';
import { beginRestore, reloadAfterRestore } from './restore-notice';
import { Page } from '../../components/Page';

type Pending = { kind: 'backup'; backup: BackupInfo } | { kind: 'file'; file: File };

const MAX_UPLOAD_BYTES = 25 * 1024 * 1024;

/** The source in a German sentence: "aus der Sicherung vom …" or "aus „datei.sqlite“". */
const sourceLabel = (choice: Pending) => (choice.kind === 'backup' ? `der Sicherung vom ${formatTimestamp(choice.backup.createdAt)}` : `„${choice.file.name}“`);

const formatSize = (bytes: number) => `${new Intl.NumberFormat('de-DE', { maximumFractionDigits: 1 }).format(bytes / 1024 / 1024)} MB`;

export function BackupsPage() {
  const [backups, setBackups] = useState<BackupInfo[] | null>(null);
  const [message, setMessage] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [pending, setPending] = useState<Pending | null>(null);

  const reload = useCallback(() => {
    call('backups.list', {})
      .then(setBackups)
      .catch((error: unknown) => setMessage({ kind: 'error', text: errorMessage(error) }));
  }, []);
  useEffect(reload, [reload]);

  async function run(action: () => Promise<void>) {
    setBusy(true);
    setMessage(null);
    try {
      await action();
    } catch (error) {
      setMessage({ kind: 'error', text: errorMessage(error) });
    } finally {
      setBusy(false);
    }
  }

  async function restore(choice: Pending) {
    if (choice.kind === 'file' && choice.file.size > MAX_UPLOAD_BYTES) {
      throw new Error(`„${choice.file.name}“ ist größer als 25 MB. Größere Sicherungen bitte über die Kommandozeile wiederherstellen (backup restore).`);
    }
    beginRestore(sourceLabel(choice));
    try {
      const result =
        choice.kind === 'backup'
          ? await call('backups.restore', { backupId: choice.backup.id })
          : await call('backups.restore', { fileName: choice.file.name, contentBase64: await fileToBase64(choice.file) });
      reloadAfterRestore(result.restoredFrom);
    } catch (error) {
      beginRestore(null);
      throw error;
    }
  }


  return (
    <Page title="Sicherungen">
      <p className="muted">
        Familienaudit sichert die Daten beim Start (einmal am Tag), vor jeder Datenbank-Aktualisierung, vor jedem Import und bevor ein Auditfall endgültig
        gelöscht wird. Jede Sicherung wird nach dem Schreiben geprüft. Aufbewahrt werden eine Sicherung je Tag der letzten 7 Tage, eine je Woche der letzten 4
        Wochen, die letzten 10 Sicherungen vor Importen und Löschungen sowie alle manuellen Sicherungen.
      </p>
      <div className="card">
        <h2>Sichern und wiederherstellen</h2>
        <div className="form-actions">
          <button
            type="button"
            className="button primary"
            disabled={busy}
            data-testid="backup-now"
            onClick={() =>
              void run(async () => {
                const backup = await call('backups.create', {});
                setMessage({ kind: 'success', text: `Sicherung vom ${formatTimestamp(backup.createdAt)} angelegt und geprüft.` });
                reload();
              })
            }
          >
            Jetzt sichern
          </button>
        </div>
        <FileDrop
          accept=".sqlite,application/vnd.sqlite3,application/x-sqlite3"
          label="Sicherungsdatei wählen …"
          hint="oder eine Sicherung (.sqlite) hierher ziehen, um sie wiederherzustellen"
          testId="restore-file"
          disabled={busy}
          onFile={(file) => setPending({ kind: 'file', file })}
        />
        {message && (
          <p className={`alert ${message.kind}`} role={message.kind === 'error' ? 'alert' : 'status'} data-testid="backup-message">
            {message.text}
          </p>
        )}
      </div>
      {backups && backups.length === 0 && (
        <p className="muted" data-testid="backups-empty">
          Noch keine Sicherungen.
        </p>
      )}
      {backups && backups.length > 0 && (
        <table className="data-table" data-testid="backup-table">
          <thead>
            <tr>
              <th scope="col">Angelegt</th>
              <th scope="col">Anlass</th>
              <th scope="col" className="number">
                Größe
              </th>
              <th scope="col">
                <span className="visually-hidden">Aktionen</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {backups.map((backup) => (
              <tr key={backup.id} data-testid="backup-row">
                <td>{formatTimestamp(backup.createdAt)}</td>
                <td>{BACKUP_KIND_LABELS[backup.kind]}</td>
                <td className="number">{formatSize(backup.sizeBytes)}</td>
                <td className="row-actions-cell">
                  <div className="row-actions">
                    <button
                      type="button"
                      className="button secondary small"
                      disabled={busy}
                      onClick={() =>
                        void run(async () => {
                          const file = await call('backups.read', { backupId: backup.id });
                          downloadBase64(file.fileName, file.contentBase64, 'application/vnd.sqlite3');
                        })
                      }
                    >
                      Speichern unter …
                    </button>
                    <button type="button" className="button secondary small" disabled={busy} data-testid="restore-backup" onClick={() => setPending({ kind: 'backup', backup })}>
                      Wiederherstellen …
                    </button>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <ConfirmDialog
        open={pending !== null}
        title="Sicherung wiederherstellen?"
        message={`Alle Auditfälle werden durch den Stand aus ${pending ? sourceLabel(pending) : ''} ersetzt. Der jetzige Stand wird vorher als eigene Sicherung aufbewahrt und kann so zurückgeholt werden.`}
        confirmLabel="Wiederherstellen"
        onCancel={() => setPending(null)}
        onConfirm={() => {
          const choice = pending;
          setPending(null);
          if (choice) void run(() => restore(choice));
        }}
      />
    </Page>
  );
}
