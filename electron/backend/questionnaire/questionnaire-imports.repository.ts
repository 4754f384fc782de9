import type { Insertable, Kysely } from 'kysely';
import type { AnswersTable, DatabaseSchema, QuestionnaireImportsTable } from '../db/schema';

type Db = Kysely<DatabaseSchema>;

/** Writes every imported answer and the import log entry in one transaction: all or nothing. */
export async function applyImportRows(db: Db, answers: Insertable<AnswersTable>[], log: Insertable<QuestionnaireImportsTable>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    // SQLite allows 32,766 bound parameters; 7 per row.
    for (let start = 0; start < answers.length; start += 4000) {
      await trx
        .insertInto('answers')
        .values(answers.slice(start, start + 4000))
        .onConflict((conflict) =>
          conflict.columns(['case_id', 'question_id']).doUpdateSet((eb) => ({
            value: eb.ref('excluded.value'),
            reference_date: eb.ref('excluded.reference_date'),
            comment: eb.ref('excluded.comment'),
            source: eb.ref('excluded.source'),
            updated_at: eb.ref('excluded.updated_at'),
          })),
        )
        .execute();
    }
    await trx.insertInto('questionnaire_imports').values(log).execute();
  });
}
