import type { Insertable, Kysely } from 'kysely';
import type { DatabaseSchema, QuestionnaireExportsTable } from '../db/schema';

type Db = Kysely<DatabaseSchema>;

export async function insertExport(db: Db, row: Insertable<QuestionnaireExportsTable>): Promise<void> {
  await db.insertInto('questionnaire_exports').values(row).execute();
}

export async function findExport(db: Db, caseId: string, exportId: string): Promise<{ exported_answers: string } | undefined> {
  return db.selectFrom('questionnaire_exports').select('exported_answers').where('id', '=', exportId).where('case_id', '=', caseId).executeTakeFirst();
}
