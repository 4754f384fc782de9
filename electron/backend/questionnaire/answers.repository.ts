import type { Insertable, Kysely, Selectable } from 'kysely';
import type { AnswersTable, DatabaseSchema } from '../db/schema';

export type AnswerRow = Selectable<AnswersTable>;
type Db = Kysely<DatabaseSchema>;

export async function findAnswers(db: Db, caseId: string): Promise<AnswerRow[]> {
  return db.selectFrom('answers').selectAll().where('case_id', '=', caseId).execute();
}

type UpsertOutcome = { stored: true } | { stored: false; current: AnswerRow | undefined };

/**
 * Stores one answer and marks the case as changed, in one transaction. With `expectedUpdatedAt`
 * (the version the writer last saw; null for "not answered yet") nothing is written when the
 * stored answer has changed since. An answer's `updated_at` only ever grows, so it serves as its
 * version even when two saves fall into the same millisecond.
 */
export async function upsertAnswer(db: Db, row: Insertable<AnswersTable>, expectedUpdatedAt?: string | null): Promise<UpsertOutcome> {
  return db.transaction().execute(async (trx) => {
    const current = await trx.selectFrom('answers').selectAll().where('case_id', '=', row.case_id).where('question_id', '=', row.question_id).executeTakeFirst();
    if (expectedUpdatedAt !== undefined && (current?.updated_at ?? null) !== expectedUpdatedAt) return { stored: false, current };
    if (current && row.updated_at <= current.updated_at) row = { ...row, updated_at: new Date(Date.parse(current.updated_at) + 1).toISOString() };
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
    return { stored: true };
  });
}
