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
