import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../db/schema';

type Db = Kysely<DatabaseSchema>;

/** A page of a case's log, newest first, from before `beforeSeq`. */
export function pageOfLog(db: Db, caseId: string, beforeSeq: number | undefined, limit: number) {
  let query = db.selectFrom('change_log').selectAll().where('case_id', '=', caseId);
  if (beforeSeq !== undefined) query = query.where('seq', '<', beforeSeq);
  return query.orderBy('seq', 'desc').limit(limit).execute();
}

/** The last logged values of rows that may no longer exist, by their id: how a deleted goal or measure was called. */
export async function lastLoggedRowsById(db: Db, caseId: string, ids: readonly string[]): Promise<{ row_key: string; old_values: string | null; new_values: string | null }[]> {
  const rows = await Promise.all(
    ids.map((id) =>
      db
        .selectFrom('change_log')
        .select(['row_key', 'old_values', 'new_values'])
        .where('case_id', '=', caseId)
        .where('row_key', '=', JSON.stringify([id]))
        .orderBy('seq', 'desc')
        .limit(1)
        .executeTakeFirst(),
    ),
  );
  return rows.filter((row) => row !== undefined);
}

/** The titles of the case's documents, by id: how the log names what a link points at. */
export function documentTitles(db: Db, caseId: string) {
  return db.selectFrom('documents').select(['id', 'title']).where('case_id', '=', caseId).execute();
}
