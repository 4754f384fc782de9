import type { Database } from 'better-sqlite3';
import type { Insertable, Kysely, Selectable } from 'kysely';
import type { CataloguesTable, DatabaseSchema } from '../db/schema';

export type CatalogueRow = Selectable<CataloguesTable>;
type Db = Kysely<DatabaseSchema>;

export async function findCatalogueRow(db: Db, id: string, version: number): Promise<CatalogueRow | undefined> {
  return db.selectFrom('catalogues').selectAll().where('id', '=', id).where('version', '=', version).executeTakeFirst();
}

export async function listCatalogueRows(db: Db): Promise<CatalogueRow[]> {
  return db.selectFrom('catalogues').selectAll().orderBy('id').orderBy('version').execute();
}

export async function insertCatalogueRow(db: Db, row: Insertable<CataloguesTable>): Promise<void> {
  await db.insertInto('catalogues').values(row).execute();
}

/** For a raw better-sqlite3 transaction that installs a catalogue together with other rows (a case transfer). */
export function insertCatalogueRowInTransaction(sqlite: Database, row: Insertable<CataloguesTable>): void {
  sqlite
    .prepare('INSERT INTO catalogues (id, version, name, content, content_sha256, source, installed_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
    .run(row.id, row.version, row.name, row.content, row.content_sha256, row.source, row.installed_at);
}
