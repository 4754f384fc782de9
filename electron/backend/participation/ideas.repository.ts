import { sql, type Insertable, type Kysely, type Selectable, type Updateable } from 'kysely';
import type { DatabaseSchema, IdeasTable } from '../db/schema';

type Db = Kysely<DatabaseSchema>;
export type IdeaRow = Selectable<IdeasTable>;

export async function listIdeas(db: Db, caseId: string): Promise<IdeaRow[]> {
  return db.selectFrom('ideas').selectAll().where('case_id', '=', caseId).orderBy('created_at').orderBy(sql`rowid`).execute();
}

export async function findIdea(db: Db, caseId: string, id: string): Promise<IdeaRow | undefined> {
  return db.selectFrom('ideas').selectAll().where('case_id', '=', caseId).where('id', '=', id).executeTakeFirst();
}

export async function insertIdeas(db: Db, rows: readonly Insertable<IdeasTable>[]): Promise<void> {
  if (rows.length > 0) await db.insertInto('ideas').values([...rows]).execute();
}

export async function updateIdea(db: Db, caseId: string, id: string, columns: Updateable<IdeasTable>): Promise<void> {
  await db.updateTable('ideas').set(columns).where('case_id', '=', caseId).where('id', '=', id).execute();
}

/** One dot more or less in one statement, so that two quick votes never overwrite each other. */
export async function addVote(db: Db, caseId: string, id: string, delta: 1 | -1, most: number, now: string): Promise<void> {
  await db
    .updateTable('ideas')
    .set({ votes: sql<number>`min(${most}, max(0, votes + ${delta}))`, updated_at: now })
    .where('case_id', '=', caseId)
    .where('id', '=', id)
    .execute();
}

export async function deleteIdea(db: Db, caseId: string, id: string): Promise<void> {
  await db.deleteFrom('ideas').where('case_id', '=', caseId).where('id', '=', id).execute();
}

export async function eventLabels(db: Db, caseId: string) {
  return db.selectFrom('participation_events').select(['id', 'format_id', 'title', 'held_on']).where('case_id', '=', caseId).orderBy('held_on').execute();
}

