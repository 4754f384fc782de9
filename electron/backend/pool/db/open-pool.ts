import BetterSqlite3 from 'better-sqlite3';
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Kysely, Migrator, type MigrationProvider } from 'kysely';
import { AppSqliteDialect } from '../../db/sqlite-dialect';
import { databaseFile } from '../../data-dir';
import { POOL_MIGRATIONS } from './pool-migrations';
import type { PoolSchema } from './pool-schema';

const POOL_FILE_NAME = 'verbandsdatenbank.sqlite';

export interface OpenPool {
  db: Kysely<PoolSchema>;
  kind: 'sqlite' | 'postgres';
  /** Where the pool lives, for messages: a file path or the server without the password. */
  where: string;
  close(): Promise<void>;
}

export class PoolOpenError extends Error {}

const provider: MigrationProvider = { getMigrations: () => Promise.resolve(POOL_MIGRATIONS) };

async function migrate(db: Kysely<PoolSchema>): Promise<void> {
  const migrator = new Migrator({ db, provider, migrationTableName: 'pool_migrations', migrationLockTableName: 'pool_migrations_lock' });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((result) => result.status === 'Error')?.migrationName;
    throw new PoolOpenError(`Die Verbandsdatenbank lässt sich nicht auf den aktuellen Stand bringen${failed ? ` (Schritt ${failed})` : ''}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** A pool in its own folder; the folder of an auditor's data is refused so that the pool never touches it. */
async function openSqlitePool(folder: string, nativeBinding: string | undefined): Promise<OpenPool> {
  const dir = resolve(folder);
  if (existsSync(databaseFile(dir))) {
    throw new PoolOpenError(`Der Ordner ${dir} ist der Datenordner einer Auditor-Installation. Die Verbandsdatenbank braucht einen eigenen Ordner.`);
  }
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    throw new PoolOpenError(`Der Ordner ${dir} für die Verbandsdatenbank lässt sich nicht anlegen: ${(error as Error).message}`);
  }
  const file = join(dir, POOL_FILE_NAME);
  let sqlite: BetterSqlite3.Database;
  try {
    sqlite = new BetterSqlite3(file, nativeBinding ? { nativeBinding } : {});
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = FULL');
    sqlite.pragma('foreign_keys = ON');
    // Two programs importing into one pool file wait for each other rather than fail.
    sqlite.pragma('busy_timeout = 10000');
  } catch (error) {
    throw new PoolOpenError(`Die Verbandsdatenbank ${file} lässt sich nicht öffnen: ${(error as Error).message}`);
  }
  const db = new Kysely<PoolSchema>({ dialect: new AppSqliteDialect(sqlite) });
  try {
    await migrate(db);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return { db, kind: 'sqlite', where: file, close: () => db.destroy() };
}

function isPostgresUrl(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location);
}

/** Opens (and brings up to date) the pool at a folder (SQLite) or a PostgreSQL URL. */
export async function openPool(location: string, options: { nativeBinding?: string } = {}): Promise<OpenPool> {
  if (isPostgresUrl(location)) {
    const { openPostgresPool } = await import('./open-postgres-pool');
    return openPostgresPool(location, migrate);
  }
  return openSqlitePool(location, options.nativeBinding);
}
