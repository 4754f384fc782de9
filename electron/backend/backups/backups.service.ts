import BetterSqlite3 from 'better-sqlite3';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { backupsToKeep, startBackupDue, type BackupKind } from '../../../shared/backups/rotation';
import type { BackupInfo, RestoreResult } from '../../../shared/contract/backups';
import { formatGermanDateTime } from '../../../shared/domain/dates';
import type { Clock } from '../clock';
import { openDatabase, type AppDatabase } from '../db/database-factory';
import { LATEST_SCHEMA_VERSION } from '../db/migrations';
import { storageFailure } from '../storage-errors';
import { AppError, notFound } from '../errors';
import { backupDir, backupFileName, parseBackupFileName } from '../db/backup-files';
import { replaceAllData } from './copy-database';
import { withExclusiveConnection } from '../db/exclusive-connection';
import { snapshotDatabase } from '../db/snapshot';
import { verifyDatabaseFile } from '../db/verify-database-file';
import { checkRestoreSource } from '../incoming/check-restore-source';
import { schemaDifferences } from '../incoming/database-schema';
import { refusedIncoming, type IncomingProblem } from '../incoming/incoming-problem';

interface BackupsServiceOptions {
  database: AppDatabase;
  dataDir: string;
  clock: Clock;
  appVersion: string;
  nativeBinding?: string;
  /** Shipped with the app and installed again after a restore, so a restored case may use them. */
  shippedCatalogues?: readonly unknown[];
  /** Runs after a restore replaced the data, e.g. to reinstall the shipped catalogues. */
  afterRestore?: () => Promise<void>;
  /** Runs after each backup with the files of the backups kept, e.g. to keep the documents' content they need. */
  afterBackup?: (keptFiles: string[]) => Promise<void>;
}

export function createBackupsService(options: BackupsServiceOptions) {
  const { database, clock, nativeBinding } = options;
  const directory = backupDir(options.dataDir);

  function info(id: string): BackupInfo {
    const entry = parseBackupFileName(id);
    if (!entry) throw notFound('Die Sicherung wurde nicht gefunden.');
    const file = join(directory, id);
    if (!existsSync(file)) throw notFound('Die Sicherung wurde nicht gefunden.');
    return { ...entry, sizeBytes: statSync(file).size };
  }

  function list(): BackupInfo[] {
    if (!existsSync(directory)) return [];
    return readdirSync(directory)
      .filter((name) => parseBackupFileName(name) !== null)
      .map(info)
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id));
  }

  function rotate(): void {
    const all = list();
    const keep = backupsToKeep(all);
    for (const backup of all) if (!keep.has(backup.id)) rmSync(join(directory, backup.id), { force: true });
  }

  async function create(kind: BackupKind): Promise<BackupInfo> {
    const id = backupFileName(kind, clock.nowIso());
    try {
      await withExclusiveConnection(database.db, () => snapshotDatabase(database.sqlite, join(directory, id), nativeBinding));
    } catch (error) {
      const storage = storageFailure(error);
      if (storage) throw new AppError('STORAGE', `Die Sicherung konnte nicht angelegt werden. ${storage.message}`);
      throw new AppError('INTERNAL', `Die Sicherung konnte nicht angelegt werden: ${(error as Error).message}`);
    }
    rotate();
    await options.afterBackup?.(list().map((backup) => join(directory, backup.id)));
    return info(id);
  }

  /** `label` names the source in German sentences: „datei.sqlite“ or „der Sicherung vom …“. */
  async function restoreFromFile(sourceFile: string, label: string): Promise<RestoreResult> {
    const refuse = (reason: string) => new AppError('INVALID_INPUT', `Aus ${label} kann nicht wiederhergestellt werden. ${reason} Es wurde nichts verändert.`);
    const work = mkdtempSync(join(tmpdir(), 'familienaudit-restore-'));
    try {
      // Everything below works on one copy, taken through SQLite (with the source's WAL), so that what is checked is what lands.
      const copy = join(work, 'wiederherstellung.sqlite');
      const source = verifyDatabaseFile(sourceFile, nativeBinding, copy);
      if (!source.ok) throw refuse(source.problem);
      const check = verifyDatabaseFile(copy, nativeBinding);
      if (!check.ok) throw refuse(check.problem);
      if (check.schemaVersion > LATEST_SCHEMA_VERSION) {
        throw refuse(`Die Sicherung stammt aus einer neueren Version von Familienaudit (Schema ${check.schemaVersion}). Bitte zuerst die App aktualisieren.`);
      }
      // Before any of its SQL can run (a migration, a trigger), the copy must be built exactly as this app builds it.
      const differences = readSchemaDifferences(copy, check.schemaVersion);
      if (differences.length > 0) {
        throw refuse(`Die Datei ist nicht so aufgebaut wie eine Familienaudit-Datenbank (Schema ${check.schemaVersion}): ${differences.slice(0, 5).join(' · ')}${differences.length > 5 ? ` (und weitere ${differences.length - 5})` : ''}.`);
      }
      // The copy is brought to the current schema and checked row by row; the file itself stays as it was.
      const upgraded = openDatabase({ file: copy, appVersion: options.appVersion, backupDir: join(work, 'vor-migration'), ...(nativeBinding ? { nativeBinding } : {}) });
      let problems: IncomingProblem[];
      try {
        problems = checkRestoreSource(upgraded.sqlite, options.shippedCatalogues ?? []);
      } finally {
        await upgraded.close();
      }
      if (problems.length > 0) throw refusedIncoming(`Aus ${label} kann nicht wiederhergestellt werden, weil Daten darin nicht den Regeln der App entsprechen:`, problems);
      const safetyBackup = await create('restore');
      await withExclusiveConnection(database.db, () => replaceAllData(database.sqlite, copy));
      await options.afterRestore?.();
      return { restoredFrom: label, caseCount: check.caseCount, safetyBackup };
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }

  function readSchemaDifferences(file: string, version: number): string[] {
    const sqlite = new BetterSqlite3(file, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
    try {
      return schemaDifferences(sqlite, version, nativeBinding);
    } finally {
      sqlite.close();
    }
  }

  return {
    list,
    create,
    /** At most one start-up backup a day. */
    async createIfDue(): Promise<BackupInfo | null> {
      return startBackupDue(list(), clock.nowIso()) ? create('start') : null;
    },
    /** A manual backup to a file of the auditor's choice (CLI); an existing file is never overwritten. */
    async exportTo(target: string): Promise<{ path: string; sizeBytes: number }> {
      if (existsSync(target)) throw new AppError('CONFLICT', `Die Datei ${target} existiert bereits und wird nicht überschrieben.`);
      try {
        await withExclusiveConnection(database.db, () => snapshotDatabase(database.sqlite, target, nativeBinding));
      } catch (error) {
        const storage = storageFailure(error);
        if (storage) throw new AppError('STORAGE', `Die Sicherung konnte nicht geschrieben werden. ${storage.message}`);
        throw new AppError('INTERNAL', `Die Sicherung konnte nicht geschrieben werden: ${(error as Error).message}`);
      }
      return { path: target, sizeBytes: statSync(target).size };
    },
    /** A backup's bytes, to be saved elsewhere (a USB stick, a network drive). */
    read(id: string): { fileName: string; contentBase64: string } {
      const backup = info(id);
      return { fileName: `Familienaudit-Sicherung_${backup.createdAt.slice(0, 10)}_${backup.kind}.sqlite`, contentBase64: readFileSync(join(directory, backup.id)).toString('base64') };
    },
    restoreBackup(id: string): Promise<RestoreResult> {
      const backup = info(id);
      return restoreFromFile(join(directory, backup.id), `der Sicherung vom ${formatGermanDateTime(backup.createdAt)}`);
    },
    restoreFromFile,
    async restoreUpload(fileName: string, contentBase64: string): Promise<RestoreResult> {
      const work = mkdtempSync(join(tmpdir(), 'familienaudit-upload-'));
      try {
        const file = join(work, 'hochgeladen.sqlite');
        writeFileSync(file, Buffer.from(contentBase64, 'base64'));
        return await restoreFromFile(file, `„${basename(fileName)}“`);
      } finally {
        rmSync(work, { recursive: true, force: true });
      }
    },
  };
}

export type BackupsService = ReturnType<typeof createBackupsService>;
