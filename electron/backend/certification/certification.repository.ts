import type { Kysely } from 'kysely';
import { staleBase, type BaseTextOutcome } from '../db/base-text';
import type { CertificationRatingsTable, DatabaseSchema } from '../db/schema';

type Db = Kysely<DatabaseSchema>;

/** Everything stored about a case's assessment: ratings, the decision and the reopenings in order. */
export async function findAssessmentRows(db: Db, caseId: string) {
  const [ratings, decision, reopenings] = await Promise.all([
    db.selectFrom('certification_ratings').selectAll().where('case_id', '=', caseId).execute(),
    db.selectFrom('certification_decisions').selectAll().where('case_id', '=', caseId).executeTakeFirst(),
    db.selectFrom('certification_reopenings').selectAll().where('case_id', '=', caseId).orderBy('reopened_at').execute(),
  ]);
  return { ratings, decision, reopenings };
}

/** Rates a criterion, or takes its rating back (null). */
/** Stores (or with a null rating removes) a rating; with `expectedJustification` only while the stored justification still is that text. */
export async function saveRating(
  db: Db,
  row: { caseId: string; criterionId: string; rating: CertificationRatingsTable['rating'] | null; justification: string; now: string },
  expectedJustification?: string,
): Promise<BaseTextOutcome> {
  return db.transaction().execute(async (trx) => {
    const where = { case_id: row.caseId, criterion_id: row.criterionId };
    const current = await trx.selectFrom('certification_ratings').select('justification').where('case_id', '=', where.case_id).where('criterion_id', '=', where.criterion_id).executeTakeFirst();
    const stale = staleBase(expectedJustification, current?.justification);
    if (stale) return stale;
    if (row.rating === null) {
      await trx.deleteFrom('certification_ratings').where('case_id', '=', where.case_id).where('criterion_id', '=', where.criterion_id).execute();
      return { stored: true };
    }
    const values = { rating: row.rating, justification: row.justification, updated_at: row.now };
    await trx
      .insertInto('certification_ratings')
      .values({ ...where, ...values })
      .onConflict((conflict) => conflict.columns(['case_id', 'criterion_id']).doUpdateSet(values))
      .execute();
    return { stored: true };
  });
}

export async function saveDecision(
  db: Db,
  row: { caseId: string; overrideRecommendation: DatabaseSchema['certification_decisions']['override_recommendation']; overrideReason: string; conditions: readonly string[]; certificateDate: string | null; now: string },
): Promise<void> {
  const values = {
    override_recommendation: row.overrideRecommendation,
    override_reason: row.overrideReason,
    conditions: JSON.stringify(row.conditions),
    certificate_date: row.certificateDate,
    updated_at: row.now,
  };
  await db
    .insertInto('certification_decisions')
    .values({ case_id: row.caseId, finalized_at: null, ...values })
    .onConflict((conflict) => conflict.column('case_id').doUpdateSet(values))
    .execute();
}

/** Freezes the round; `alsoWrite` dates the phases the certificate closes, in the same transaction. */
export async function markFinalized(db: Db, caseId: string, now: string, alsoWrite: (trx: Db) => Promise<void>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('certification_decisions').set({ finalized_at: now, updated_at: now }).where('case_id', '=', caseId).execute();
    await alsoWrite(trx);
  });
}

/** Opens a finalised round again and records why. */
export async function markReopened(db: Db, row: { id: string; caseId: string; reason: string; now: string }): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('certification_decisions').set({ finalized_at: null, updated_at: row.now }).where('case_id', '=', row.caseId).execute();
    await trx.insertInto('certification_reopenings').values({ id: row.id, case_id: row.caseId, reason: row.reason, reopened_at: row.now }).execute();
  });
}

/** When the round was finalised and its certificate dated: what decides whether the round may still change. */
export async function findDecisionState(db: Db, caseId: string): Promise<{ finalized_at: string | null; certificate_date: string | null } | undefined> {
  return db.selectFrom('certification_decisions').select(['finalized_at', 'certificate_date']).where('case_id', '=', caseId).executeTakeFirst();
}
