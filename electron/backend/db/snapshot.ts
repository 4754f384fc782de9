import type { Database } from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { verifyDatabaseFile } from './verify-database-file';

/**
 * Writes a consistent copy of the open database through its own connection (VACUUM INTO, never a
 * copy of the live file), checks the copy with integrity_check, and only then puts it in place.
 * A copy that fails the check is removed and reported; the target never holds a bad file.
 */
export function snapshotDatabase(sqlite: Database, target: string, nativeBinding?: string): void {
  mkdirSync(dirname(target), { recursive: true });
  const partial = join(dirname(target), `.unfertig-${randomUUID()}.sqlite`);
  try {
    sqlite.prepare('VACUUM INTO ?').run(partial);
    const check = verifyDatabaseFile(partial, nativeBinding);
    if (!check.ok) throw new Error(`Die Sicherung hat die Prüfung nicht bestanden: ${check.problem}`);
    renameSync(partial, target);
  } finally {
    rmSync(partial, { force: true });
  }
}
