import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../db/schema';
import { findDecisionState } from './certification.repository';

/** What certification says about a round's lock: when it was finalised, and the certificate's date. */
export interface CertificationLock {
  finalizedAt: string | null;
  certificateDate: string | null;
}

/**
 * Certification owns the "finalised" lock of a round. Cases combines it with its own trash and
 * archive states into the round state, and asks for it here rather than reading certification's table.
 */
export function createRoundLockService({ db }: { db: Kysely<DatabaseSchema> }) {
  return {
    async lockOf(caseId: string): Promise<CertificationLock> {
      const decision = await findDecisionState(db, caseId);
      return { finalizedAt: decision?.finalized_at ?? null, certificateDate: decision?.certificate_date ?? null };
    },
  };
}

export type RoundLockService = ReturnType<typeof createRoundLockService>;
