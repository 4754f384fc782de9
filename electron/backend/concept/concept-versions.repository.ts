import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../db/schema';

type Db = Kysely<DatabaseSchema>;

/** Records the case's next version of its concept in one transaction, so two exports never share a number. */
export function recordNextVersion(db: Db, row: { id: string; caseId: string; conceptName: string; versionDate: string; exportedAt: string }): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const last = await trx.selectFrom('concept_versions').select((eb) => eb.fn.max('number').as('number')).where('case_id', '=', row.caseId).executeTakeFirst();
    const number = (last?.number ?? 0) + 1;
    await trx
      .insertInto('concept_versions')
      .values({ id: row.id, case_id: row.caseId, number, concept_name: row.conceptName, version_date: row.versionDate, exported_at: row.exportedAt })
      .execute();
    return number;
  });
}
