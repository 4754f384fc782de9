import BetterSqlite3, { type Database } from 'better-sqlite3';
import { Kysely } from 'kysely';
import { accessSync, constants, existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DatabaseOpenError } from '../errors';
import { storageFailure } from '../storage-errors';
import { backupDir, backupFileName } from './backup-files';
import { snapshotDatabase } from './snapshot';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from './migrations';
import { fillNameSortKeys } from './name-sort-keys';
import { syncChangeLogTriggers } from './change-log-triggers';
import { AppSqliteDialect } from './sqlite-dialect';
import { takeCleanCloseMarker, writeCleanCloseMarker } from './clean-close-marker';
import type { Migration } from './migrations/migration';
import type { DatabaseSchema } from './schema';

interface OpenDatabaseOptions {
  file: string;
  appVersion: string;
  /** Where the pre-migration backup goes; next to the database by default. */
  backupDir?: string;
  /** Path to a better-sqlite3 addon built for another runtime (Electron's ABI). */
  nativeBinding?: string;
  /** Only for tests of the migration path itself. */
  migrations?: readonly Migration[];
}

export interface AppDatabase {
  sqlite: Database;
  db: Kysely<DatabaseSchema>;
  file: string;
  schemaVersion: number;
  /** The backup taken before migrating, if one was needed. */
  preMigrationBackup: string | null;
  close(): Promise<void>;
}

const WRITTEN_BY_KEY = 'last_written_by_app_version';

function readUserVersion(sqlite: Database): number {
  return sqlite.pragma('user_version', { simple: true }) as number;
}

function writtenByVersion(sqlite: Database): string | null {
  const hasMeta = sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'app_meta'").get();
  if (!hasMeta) return null;
  const row = sqlite.prepare('SELECT value FROM app_meta WHERE key = ?').get(WRITTEN_BY_KEY) as { value: string } | undefined;
  return row?.value ?? null;
}

/** A full or write-protected data folder, explained; other errors pass as they are. */
function explainStorage(error: unknown, folder: string): unknown {
  if (error instanceof DatabaseOpenError) return error;
  const storage = storageFailure(error);
  return storage ? new DatabaseOpenError('storage', `Im Datenordner ${folder} kann nicht geschrieben werden. ${storage.message}`) : error;
}

/** Creates the folder if needed and makes sure this process may write there, before SQLite tries. */
function assertWritableFolder(folder: string): void {
  try {
    mkdirSync(folder, { recursive: true });
    accessSync(folder, constants.W_OK);
  } catch (error) {
    throw explainStorage(error, folder);
  }
}

function openSqlite(file: string, nativeBinding: string | undefined): Database {
  try {
    return new BetterSqlite3(file, nativeBinding ? { nativeBinding } : {});
  } catch (error) {
    if (storageFailure(error)) throw explainStorage(error, dirname(file));
    throw new DatabaseOpenError('unreadable', `Die Datenbank ${file} konnte nicht geöffnet werden: ${(error as Error).message}`);
  }
}

/** quick_check reads every page once; it finds the damage a crash or a failing disk leaves behind. */
function assertIntact(sqlite: Database): void {
  let problems: string[];
  try {
    problems = (sqlite.pragma('quick_check') as { quick_check: string }[]).map((row) => row.quick_check).filter((line) => line !== 'ok');
  } catch (error) {
    problems = [(error as Error).message];
  }
  if (problems.length > 0) {
    throw new DatabaseOpenError('corrupt', `Die Datenbank ist beschädigt (${problems.slice(0, 3).join('; ')}).`);
  }
}

function applyPragmas(sqlite: Database, checkPages: boolean): void {
  try {
    sqlite.pragma('journal_mode = WAL');
  } catch (error) {
    if (storageFailure(error)) throw error;
    throw new DatabaseOpenError(
      'unreadable',
      `Die Datei ist keine lesbare Familienaudit-Datenbank oder beschädigt (${(error as Error).message}).`,
    );
  }
  if (checkPages) assertIntact(sqlite);
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  // Short, because waiting blocks the process; the dispatcher tries again after a pause instead.
  sqlite.pragma('busy_timeout = 1000');
}

function migrate(sqlite: Database, migrations: readonly Migration[], from: number): void {
  for (const migration of migrations.slice(from)) {
    sqlite.transaction(() => {
      migration.up(sqlite);
      sqlite.pragma(`user_version = ${migration.version}`);
    })();
  }
}

/**
 * The one way to open the app's database, used by Electron, the loopback server, the CLI and
 * the tests: pragmas, a backup before any pending migration, migrations each in a transaction,
 * and a refusal of databases written by a newer app version.
 */
export function openDatabase(options: OpenDatabaseOptions): AppDatabase {
  const migrations = options.migrations ?? MIGRATIONS;
  const latest = options.migrations ? migrations.length : LATEST_SCHEMA_VERSION;
  assertWritableFolder(dirname(options.file));
  const existed = existsSync(options.file);
  const closedCleanly = existed && takeCleanCloseMarker(options.file);
  const sqlite = openSqlite(options.file, options.nativeBinding);
  try {
    applyPragmas(sqlite, !closedCleanly);
    const current = readUserVersion(sqlite);
    if (current > latest) {
      const writer = writtenByVersion(sqlite);
      throw new DatabaseOpenError(
        'too-new',
        `Diese Datenbank wurde von einer neueren Version von Familienaudit${writer ? ` (${writer})` : ''} geschrieben ` +
          `(Schema ${current}); diese Version (${options.appVersion}) kennt nur Schema ${latest}. ` +
          'Bitte installieren Sie die aktuelle Version der App. Die Daten bleiben unverändert.',
      );
    }
    let preMigrationBackup: string | null = null;
    if (current < latest) {
      if (existed && current > 0) {
        preMigrationBackup = join(options.backupDir ?? backupDir(dirname(options.file)), backupFileName('migration', new Date().toISOString()));
        snapshotDatabase(sqlite, preMigrationBackup, options.nativeBinding);
      }
      migrate(sqlite, migrations, current);
    }
    syncChangeLogTriggers(sqlite);
    fillNameSortKeys(sqlite);
    sqlite
      .prepare('INSERT INTO app_meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value')
      .run(WRITTEN_BY_KEY, options.appVersion);
    const db = new Kysely<DatabaseSchema>({ dialect: new AppSqliteDialect(sqlite) });
    return {
      sqlite,
      db,
      file: options.file,
      schemaVersion: latest,
      preMigrationBackup,
      // Kysely closes the handle only if it ever used it; closing checkpoints the WAL into the file.
      close: async () => {
        const wasOpen = sqlite.open;
        await db.destroy();
        if (sqlite.open) sqlite.close();
        if (wasOpen) writeCleanCloseMarker(options.file);
      },
    };
  } catch (error) {
    sqlite.close();
    throw explainStorage(error, dirname(options.file));
  }
}
