import type { Kysely } from 'kysely';

/**
 * Runs raw better-sqlite3 work while holding Kysely's only connection, so that it never lands in
 * the middle of a service's transaction (VACUUM and ATTACH must run outside of one).
 */
export function withExclusiveConnection<T, S>(db: Kysely<S>, work: () => T): Promise<T> {
  return db.connection().execute(async () => work());
}
