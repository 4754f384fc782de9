/**
 * Recognises the errors a full, write-protected or failing disk produces, from SQLite
 * (better-sqlite3's `code`) as well as from Node's file system, and says in German what happened.
 */
type StorageFailureKind = 'full' | 'read-only' | 'write-error';

interface StorageFailure {
  kind: StorageFailureKind;
  /** A German sentence for the user, ending with what remains safe. */
  message: string;
}

const NOTHING_LOST = 'Die Änderung wurde nicht gespeichert; alle vorher gespeicherten Daten sind unverändert.';

const MESSAGES: Record<StorageFailureKind, string> = {
  full: `Auf dem Datenträger ist kein Platz mehr frei. ${NOTHING_LOST} Bitte schaffen Sie Platz und versuchen Sie es erneut.`,
  'read-only': `Der Datenordner ist schreibgeschützt oder Familienaudit fehlen dort die Schreibrechte. ${NOTHING_LOST}`,
  'write-error': `Der Datenträger meldet einen Schreibfehler. ${NOTHING_LOST} Bitte prüfen Sie den Datenträger und versuchen Sie es erneut.`,
};

function kindOf(code: string): StorageFailureKind | null {
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT' || code === 'EFBIG') return 'full';
  if (code.startsWith('SQLITE_READONLY') || code === 'EROFS' || code === 'EACCES' || code === 'EPERM') return 'read-only';
  if (code === 'SQLITE_IOERR_FSTAT' || code === 'SQLITE_IOERR_WRITE' || code === 'SQLITE_IOERR_FSYNC' || code === 'SQLITE_IOERR_TRUNCATE') return 'write-error';
  if (code.startsWith('SQLITE_IOERR') || code === 'SQLITE_CANTOPEN' || code === 'EIO') return 'write-error';
  return null;
}

/** SQLite could not get its lock: another connection (a second process, a sync tool) holds the database. */
export function isDatabaseBusy(error: unknown): boolean {
  const code = typeof error === 'object' && error !== null && 'code' in error ? (error as { code: unknown }).code : undefined;
  return typeof code === 'string' && (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'));
}

export const DATABASE_BUSY_MESSAGE =
  'Die Datenbank ist gerade durch ein anderes Programm gesperrt (etwa eine zweite Familienaudit-Sitzung oder ein Synchronisationsprogramm). Die Änderung wurde noch nicht gespeichert; alle vorher gespeicherten Daten sind unverändert.';

export function storageFailure(error: unknown): StorageFailure | null {
  const code = typeof error === 'object' && error !== null && 'code' in error ? (error as { code: unknown }).code : undefined;
  if (typeof code !== 'string') return null;
  const kind = kindOf(code);
  return kind ? { kind, message: MESSAGES[kind] } : null;
}
