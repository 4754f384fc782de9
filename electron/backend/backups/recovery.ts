import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { BackupEntry } from '../../../shared/backups/rotation';
import { databaseFile } from '../data-dir';
import { LATEST_SCHEMA_VERSION } from '../db/migrations';
import { backupDir, parseBackupFileName } from '../db/backup-files';
import { verifyDatabaseFile } from '../db/verify-database-file';

export interface GoodBackup extends BackupEntry {
  file: string;
  caseCount: number;
}

/** The newest backup in the data folder that passes integrity_check and this app version can open. */
export function newestGoodBackup(dataDir: string, nativeBinding?: string): GoodBackup | null {
  const directory = backupDir(dataDir);
  if (!existsSync(directory)) return null;
  const entries = readdirSync(directory)
    .map(parseBackupFileName)
    .filter((entry): entry is BackupEntry => entry !== null)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  for (const entry of entries) {
    const file = join(directory, entry.id);
    const check = verifyDatabaseFile(file, nativeBinding);
    if (check.ok && check.schemaVersion <= LATEST_SCHEMA_VERSION) return { ...entry, file, caseCount: check.caseCount };
  }
  return null;
}

/**
 * For a database this app cannot open (damaged, or from a newer version): moves it (with its -wal and -shm files) into
 * "beiseitegelegt/" and puts a verified copy of the backup in its place. Nothing is deleted.
 * Returns where the old database went.
 */
export function replaceDatabaseFile(dataDir: string, backupFile: string, now: Date, nativeBinding?: string): string | null {
  const check = verifyDatabaseFile(backupFile, nativeBinding);
  if (!check.ok) throw new Error(check.problem);
  const target = databaseFile(dataDir);
  const incoming = `${target}.wiederherstellung`;
  copyFileSync(backupFile, incoming);
  let movedTo: string | null = null;
  if (existsSync(target)) {
    const aside = join(dataDir, 'beiseitegelegt');
    mkdirSync(aside, { recursive: true });
    movedTo = join(aside, `${now.toISOString().replace(/[:.]/g, '-')}-familienaudit.sqlite`);
    for (const suffix of ['', '-wal', '-shm']) {
      if (existsSync(`${target}${suffix}`)) renameSync(`${target}${suffix}`, `${movedTo}${suffix}`);
    }
  }
  renameSync(incoming, target);
  rmSync(`${target}-wal`, { force: true });
  rmSync(`${target}-shm`, { force: true });
  return movedTo;
}
