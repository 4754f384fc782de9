import { formatGermanDateTime } from '../../../shared/domain/dates';
import type { DatabaseOpenError } from '../errors';
import { newestGoodBackup, type GoodBackup } from './recovery';

export interface OpenFailureAdvice {
  /** German, for a dialog or stderr. */
  message: string;
  backup: GoodBackup | null;
}

const CAUSES: Record<DatabaseOpenError['reason'], string> = {
  corrupt: 'Die Datenbank ist beschädigt, zum Beispiel nach einem Absturz oder durch einen Fehler des Datenträgers.',
  unreadable: 'Die Datenbank kann nicht gelesen werden.',
  'too-new': 'Die Datenbank stammt aus einer neueren Version von Familienaudit.',
  storage: 'Familienaudit kann im Datenordner nicht schreiben.',
};

/** What went wrong when opening the data folder, and the newest backup that would help. */
export function adviseOnOpenFailure(error: DatabaseOpenError, dataDir: string, nativeBinding?: string): OpenFailureAdvice {
  // A backup cannot help when the folder itself cannot be written.
  const backup = error.reason === 'storage' ? null : newestGoodBackup(dataDir, nativeBinding);
  const offer = backup
    ? `Die neueste intakte Sicherung ist vom ${formatGermanDateTime(backup.createdAt)} (${backup.caseCount} ${backup.caseCount === 1 ? 'Auditfall' : 'Auditfälle'}). ` +
      'Beim Wiederherstellen wird die jetzige Datenbank nicht gelöscht, sondern in den Ordner „beiseitegelegt“ verschoben.'
    : error.reason === 'storage'
      ? 'Bitte geben Sie den Datenordner frei oder schaffen Sie Platz und starten Sie Familienaudit erneut. Die Daten bleiben unverändert.'
      : 'Es gibt keine intakte Sicherung im Datenordner.';
  return { message: `${CAUSES[error.reason]}\n\n${error.message}\n\n${offer}`, backup };
}
