import type { Kysely, Transaction } from 'kysely';
import type { Submission } from '../../../shared/contract/pool';
import type { PoolSchema } from './db/pool-schema';

type Db = Kysely<PoolSchema> | Transaction<PoolSchema>;

interface StoredSubmission {
  id: string;
  fileName: string;
  fileSha256: string;
  receivedAt: string;
  submission: Submission;
}

export async function findSameSubmission(db: Db, submission: Submission): Promise<{ id: string } | undefined> {
  return db
    .selectFrom('pool_submissions')
    .select('id')
    .where('case_id', '=', submission.caseId)
    .where('exported_at', '=', submission.exportedAt)
    .where('checksum', '=', submission.checksum)
    .executeTakeFirst();
}

/** Makes sure the case has its row; the row is what concurrent imports of one case wait for. */
export async function ensureCase(db: Db, caseId: string, now: string, postgres: boolean): Promise<void> {
  await db.insertInto('pool_cases').values({ case_id: caseId, current_submission_id: null, submission_count: 0, conflict_count: 0, first_received_at: now, last_received_at: now }).onConflict((conflict) => conflict.column('case_id').doNothing()).execute();
  if (postgres) await db.selectFrom('pool_cases').select('case_id').where('case_id', '=', caseId).forUpdate().execute();
}

export async function insertSubmission(db: Db, stored: StoredSubmission): Promise<void> {
  const { submission: s, id } = stored;
  const r = s.register;
  await db
    .insertInto('pool_submissions')
    .values({
      id,
      case_id: s.caseId,
      file_name: stored.fileName,
      file_sha256: stored.fileSha256,
      received_at: stored.receivedAt,
      exported_at: s.exportedAt,
      app_version: s.appVersion,
      catalogue_id: s.catalogueId,
      catalogue_version: s.catalogueVersion,
      catalogue_name: s.catalogueName,
      checksum_method: s.checksumMethod,
      checksum: s.checksum,
      signature_state: s.signature ? 'gueltig' : 'ohne',
      key_fingerprint: s.signature?.fingerprint ?? null,
      municipality_name: r.municipalityName,
      name_key: r.municipalityName.toLocaleLowerCase('de'),
      ags: r.ags,
      kind: r.kind,
      landkreis: r.landkreis,
      bundesland: r.bundesland,
      population: r.population,
      audit_round: r.auditRound,
      auditor: r.auditor,
      resolution_date: r.resolutionDate,
      drucksache: r.drucksache,
      recommendation: r.recommendation,
      finalized: r.finalized ? 1 : 0,
      finalized_at: r.finalizedAt,
      certificate_date: r.certificateDate,
      certificate_valid_until: r.certificateValidUntil,
      yearly_reports_expected: r.yearlyReportsExpected,
      yearly_reports: JSON.stringify(r.yearlyReports),
      overall_score: r.overallScore,
      conflict: 0,
    })
    .execute();
  if (s.fieldScores.length > 0) {
    await db.insertInto('pool_field_scores').values(s.fieldScores.map((field, position) => ({ submission_id: id, field_id: field.fieldId, position, code: field.code, name: field.name, score: field.score }))).execute();
  }
  if (s.criteria.length > 0) {
    await db.insertInto('pool_criterion_ratings').values(s.criteria.map((criterion, position) => ({ submission_id: id, criterion_id: criterion.id, position, category: criterion.category, text: criterion.text, rating: criterion.rating }))).execute();
  }
}

/**
 * After a new submission: marks submissions of the same export time with other content as
 * conflicting, and makes the newest export the current one (of equal export times the one
 * received first, so a conflicting copy never replaces silently what was there).
 * Returns whether the case now has a conflict at that export time.
 */
export async function settleCase(db: Db, caseId: string, exportedAt: string, now: string): Promise<boolean> {
  const same = await db.selectFrom('pool_submissions').select('id').where('case_id', '=', caseId).where('exported_at', '=', exportedAt).execute();
  const conflict = same.length > 1;
  if (conflict) await db.updateTable('pool_submissions').set({ conflict: 1 }).where('case_id', '=', caseId).where('exported_at', '=', exportedAt).execute();
  const all = await db.selectFrom('pool_submissions').select(['id', 'conflict']).where('case_id', '=', caseId).orderBy('exported_at', 'desc').orderBy('received_at', 'asc').orderBy('id', 'asc').execute();
  await db
    .updateTable('pool_cases')
    .set({ current_submission_id: all[0]?.id ?? null, submission_count: all.length, conflict_count: all.filter((row) => row.conflict === 1).length, last_received_at: now })
    .where('case_id', '=', caseId)
    .execute();
  return conflict;
}
