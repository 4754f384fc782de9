import type { Insertable, Kysely } from 'kysely';
import type { AnswersTable, DatabaseSchema, QuestionnaireImportsTable } from '../db/schema';

type Db = Kysely<DatabaseSchema>;

/** Writes every imported answer and the import log entry in one transaction: all or nothing. */
export async function applyImportRows(db: Db, answers: Insertable<AnswersTable>[], log: Insertable<QuestionnaireImportsTable>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    for (const row of answers) {
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
    }
    await trx.insertInto('questionnaire_imports').values(log).execute();
    if (answers.length > 0) await trx.updateTable('cases').set({ updated_at: log.imported_at }).where('id', '=', log.case_id).execute();
  });
}
