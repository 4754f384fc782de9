import type { Kysely } from 'kysely';
import type { DatabaseSchema, DocumentsTable } from '../db/schema';

type Db = Kysely<DatabaseSchema>;

export function findDocuments(db: Db, caseId: string) {
  return db.selectFrom('documents').selectAll().where('case_id', '=', caseId).orderBy('added_at', 'desc').orderBy('title').orderBy('id').execute();
}

export function findDocument(db: Db, documentId: string) {
  return db.selectFrom('documents').selectAll().where('id', '=', documentId).executeTakeFirst();
}

export function findLinks(db: Db, caseId: string) {
  return db
    .selectFrom('document_links')
    .innerJoin('documents', 'documents.id', 'document_links.document_id')
    .select(['document_links.document_id', 'document_links.place'])
    .where('documents.case_id', '=', caseId)
    .orderBy('document_links.created_at')
    .orderBy('document_links.place')
    .execute();
}

export async function totalBytes(db: Db, caseId: string): Promise<number> {
  const row = await db.selectFrom('documents').select((eb) => eb.fn.sum<number>('size').as('total')).where('case_id', '=', caseId).executeTakeFirst();
  return Number(row?.total ?? 0);
}

/** The document and its links in one transaction: both or neither. */
export function insertDocument(db: Db, row: DocumentsTable, places: readonly string[], ids: () => string): Promise<void> {
  return db.transaction().execute(async (trx) => {
    await trx.insertInto('documents').values(row).execute();
    await trx
      .insertInto('document_links')
      .values(places.map((place) => ({ id: ids(), document_id: row.id, place, created_at: row.added_at })))
      .execute();
  });
}

export async function addLink(db: Db, row: { id: string; documentId: string; place: string; now: string }): Promise<void> {
  await db.insertInto('document_links').values({ id: row.id, document_id: row.documentId, place: row.place, created_at: row.now }).onConflict((conflict) => conflict.doNothing()).execute();
}

export async function removeLink(db: Db, documentId: string, place: string): Promise<void> {
  await db.deleteFrom('document_links').where('document_id', '=', documentId).where('place', '=', place).execute();
}

export async function deleteDocument(db: Db, documentId: string): Promise<void> {
  await db.deleteFrom('documents').where('id', '=', documentId).execute();
}

/** Whether any case's document still needs this content. */
export async function isHashReferenced(db: Db, sha256: string): Promise<boolean> {
  return (await db.selectFrom('documents').select('id').where('sha256', '=', sha256).limit(1).executeTakeFirst()) !== undefined;
}

/** Every content hash any case's document still needs. */
export async function referencedHashes(db: Db): Promise<Set<string>> {
  const rows = await db.selectFrom('documents').select('sha256').distinct().execute();
  return new Set(rows.map((row) => row.sha256));
}

/** What the case's measures and events are called, for naming the places documents are attached to. */
export async function placeNames(db: Db, caseId: string): Promise<{ measures: Map<string, string>; events: Map<string, string> }> {
  const [measures, events] = await Promise.all([
    db.selectFrom('measures').select(['id', 'title']).where('case_id', '=', caseId).execute(),
    db.selectFrom('participation_events').select(['id', 'title', 'format_id']).where('case_id', '=', caseId).execute(),
  ]);
  return { measures: new Map(measures.map((row) => [row.id, row.title])), events: new Map(events.map((row) => [row.id, row.title || row.format_id])) };
}
