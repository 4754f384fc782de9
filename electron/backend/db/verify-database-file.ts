import BetterSqlite3 from 'better-sqlite3';

const SQLITE_REASONS = new Map([
  ['SQLITE_NOTADB', 'keine SQLite-Datei'],
  ['SQLITE_CORRUPT', 'beschädigt'],
  ['SQLITE_CANTOPEN', 'lässt sich nicht öffnen'],
  ['SQLITE_IOERR', 'Lesefehler'],
]);

function sqliteReason(error: unknown): string {
  const code = (error as { code?: string }).code ?? '';
  return SQLITE_REASONS.get(code.split('_').slice(0, 2).join('_')) ?? `SQLite meldet ${code || 'einen unbekannten Fehler'}`;
}

type DatabaseFileCheck =
  | { ok: true; schemaVersion: number; caseCount: number }
  | { ok: false; problem: string };

function check(sqlite: BetterSqlite3.Database): DatabaseFileCheck {
  const results = sqlite.pragma('integrity_check') as { integrity_check: string }[];
  const problems = results.map((row) => row.integrity_check).filter((line) => line !== 'ok');
  if (problems.length > 0) return { ok: false, problem: `Die Datei ist beschädigt (${problems.slice(0, 3).join('; ')}).` };
  const isOurs = sqlite.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name IN ('cases', 'app_meta')").get() as { n: number };
  if (isOurs.n < 2) return { ok: false, problem: 'Die Datei ist keine Familienaudit-Datenbank.' };
  const schemaVersion = sqlite.pragma('user_version', { simple: true }) as number;
  const { n: caseCount } = sqlite.prepare('SELECT count(*) AS n FROM cases').get() as { n: number };
  return { ok: true, schemaVersion, caseCount };
}

/**
 * Opens a database file read-only and checks that SQLite finds it intact and that it is one of
 * ours; with `copyTo`, the state SQLite reads through that connection (its WAL included) is
 * written there by VACUUM INTO, for the caller to check again and use. Nothing is written to
 * the file itself.
 */
export function verifyDatabaseFile(file: string, nativeBinding?: string, copyTo?: string): DatabaseFileCheck {
  let sqlite: BetterSqlite3.Database | null = null;
  try {
    sqlite = new BetterSqlite3(file, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
    const result = check(sqlite);
    if (result.ok && copyTo) sqlite.prepare('VACUUM INTO ?').run(copyTo);
    return result;
  } catch (error) {
    return { ok: false, problem: `Die Datei ist keine lesbare Datenbank (${sqliteReason(error)}).` };
  } finally {
    sqlite?.close();
  }
}
