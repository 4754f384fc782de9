import type { Insertable, Kysely, Selectable } from 'kysely';
import type { AnswersTable, DatabaseSchema } from '../db/schema';

export type AnswerRow = Selectable<AnswersTable>;
type Db = Kysely<DatabaseSchema>;

export async function findAnswers(db: Db, caseId: string): Promise<AnswerRow[]> {
  return db.selectFrom('answers').selectAll().where('case_id', '=', caseId).execute();
}

/** Stores one answer and marks the case as changed, in one transaction. */
export async function upsertAnswer(db: Db, row: Insertable<AnswersTable>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('answers')
      .values(row)
      .onConflict((conflict) =>
        conflict.columns(['case_id', 'question_id']).doUpdateSet({
          value: row.value,
          reference_date: row.reference_date,
          comment: row.comment,
          source: row.source,
          updated_at: row.updated_at,
        }),
      )
      .execute();
    await trx.updateTable('cases').set({ updated_at: row.updated_at }).where('id', '=', row.case_id).execute();
  });
}
