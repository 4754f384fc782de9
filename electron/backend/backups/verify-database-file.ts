import BetterSqlite3 from 'better-sqlite3';

export type DatabaseFileCheck =
  | { ok: true; schemaVersion: number; caseCount: number }
  | { ok: false; problem: string };

/**
 * Opens a database file read-only and checks that SQLite finds it intact and that it is one of
 * ours. Nothing is written to the file.
 */
export function verifyDatabaseFile(file: string, nativeBinding?: string): DatabaseFileCheck {
  let sqlite: BetterSqlite3.Database | null = null;
  try {
    sqlite = new BetterSqlite3(file, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
    const results = sqlite.pragma('integrity_check') as { integrity_check: string }[];
    const problems = results.map((row) => row.integrity_check).filter((line) => line !== 'ok');
    if (problems.length > 0) return { ok: false, problem: `Die Datei ist beschädigt (${problems.slice(0, 3).join('; ')}).` };
    const isOurs = sqlite.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name IN ('cases', 'app_meta')").get() as { n: number };
    if (isOurs.n < 2) return { ok: false, problem: 'Die Datei ist keine Familienaudit-Datenbank.' };
    const schemaVersion = sqlite.pragma('user_version', { simple: true }) as number;
    const { n: caseCount } = sqlite.prepare('SELECT count(*) AS n FROM cases').get() as { n: number };
    return { ok: true, schemaVersion, caseCount };
  } catch (error) {
    return { ok: false, problem: `Die Datei ist keine lesbare Datenbank (${(error as Error).message}).` };
  } finally {
    sqlite?.close();
  }
}
