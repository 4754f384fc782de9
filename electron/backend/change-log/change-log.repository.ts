import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../db/schema';

type Db = Kysely<DatabaseSchema>;

/** A page of a case's log, newest first, from before `beforeSeq`. */
export function pageOfLog(db: Db, caseId: string, beforeSeq: number | undefined, limit: number) {
  let query = db.selectFrom('change_log').selectAll().where('case_id', '=', caseId);
  if (beforeSeq !== undefined) query = query.where('seq', '<', beforeSeq);
  return query.orderBy('seq', 'desc').limit(limit).execute();
}

/** The logged values of rows that no longer exist, by their id: how a deleted goal or measure was called. */
export async function loggedRowsById(db: Db, caseId: string, ids: readonly string[]): Promise<{ table_name: string; row_key: string; old_values: string | null; new_values: string | null }[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom('change_log')
    .select(['table_name', 'row_key', 'old_values', 'new_values'])
    .where('case_id', '=', caseId)
    .where(
      'row_key',
      'in',
      ids.map((id) => JSON.stringify([id])),
    )
    .orderBy('seq')
    .execute();
}
