import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { OpenPool } from './open-pool';
import { PoolOpenError } from './open-pool';
import type { PoolSchema } from './pool-schema';

/** The server and database of a URL, without user name or password, for messages. */
function describePostgresUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `PostgreSQL ${parsed.hostname}${parsed.port ? `:${parsed.port}` : ''}${parsed.pathname}`;
  } catch {
    return 'PostgreSQL (Adresse nicht lesbar)';
  }
}

/** A pool on a PostgreSQL server that the association's staff share; same schema and migrations as on SQLite. */
export async function openPostgresPool(url: string, migrate: (db: Kysely<PoolSchema>) => Promise<void>): Promise<OpenPool> {
  const where = describePostgresUrl(url);
  const connections = new pg.Pool({ connectionString: url, max: 4, connectionTimeoutMillis: 10_000 });
  // An idle connection the server drops must not crash the process.
  connections.on('error', () => undefined);
  const db = new Kysely<PoolSchema>({ dialect: new PostgresDialect({ pool: connections }) });
  try {
    await connections.query('SELECT 1');
  } catch (error) {
    await db.destroy();
    throw new PoolOpenError(`Die Verbandsdatenbank auf ${where} ist nicht erreichbar: ${(error as Error).message}`);
  }
  try {
    await migrate(db);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return { db, kind: 'postgres', where, close: () => db.destroy() };
}
