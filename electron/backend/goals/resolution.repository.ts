import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../db/schema';

type Db = Kysely<DatabaseSchema>;

/** The amendment subject a correction of the resolution is recorded with; it is no change of the agreement itself. */
const CORRECTION_SUBJECT = 'Korrektur des Ratsbeschlusses';

export async function findResolution(db: Db, caseId: string) {
  return db.selectFrom('agreement_resolutions').selectAll().where('case_id', '=', caseId).executeTakeFirst();
}

/** The dates the order resolution ≤ certificate ≤ yearly reports is kept against. */
export async function milestoneDates(db: Db, caseId: string) {
  const [resolution, reports, amendments] = await Promise.all([
    findResolution(db, caseId),
    db.selectFrom('implementation_reports').select(['year', 'report_date']).where('case_id', '=', caseId).execute(),
    db.selectFrom('agreement_amendments').select('amended_on').where('case_id', '=', caseId).where('subject', '<>', CORRECTION_SUBJECT).execute(),
  ]);
  return { resolution, reports, amendmentDates: amendments.map((amendment) => amendment.amended_on) };
}

export async function countMeasures(db: Db, caseId: string): Promise<number> {
  return (await db.selectFrom('measures').select('id').where('case_id', '=', caseId).execute()).length;
}

/** `alsoWrite` runs in the same transaction: what the resolution changes elsewhere (the phases it dates). */
export async function insertResolution(db: Db, row: { caseId: string; resolutionDate: string; drucksache: string; now: string }, alsoWrite: (trx: Db) => Promise<void>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.insertInto('agreement_resolutions').values({ case_id: row.caseId, resolution_date: row.resolutionDate, drucksache: row.drucksache, recorded_at: row.now }).execute();
    await alsoWrite(trx);
  });
}

/** Updates the resolution and records the correction with its reason, in one transaction. */
export async function correctResolutionRow(
  db: Db,
  row: { caseId: string; resolutionDate: string; drucksache: string; reason: string; changes: string[]; today: string; now: string },
  alsoWrite: (trx: Db) => Promise<void>,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('agreement_resolutions').set({ resolution_date: row.resolutionDate, drucksache: row.drucksache }).where('case_id', '=', row.caseId).execute();
    await alsoWrite(trx);
    await trx
      .insertInto('agreement_amendments')
      .values({ id: randomUUID(), case_id: row.caseId, amended_on: row.today, reason: row.reason, subject: CORRECTION_SUBJECT, changes: JSON.stringify(row.changes), recorded_at: row.now })
      .execute();
  });
}
