import type { Kysely } from 'kysely';
import { phaseDatesForFact, type MilestoneFact, type MilestoneModel } from '../../../shared/domain/milestone-phases';
import type { DatabaseSchema } from '../db/schema';

/** Dates the phases a recorded fact concerns (shared/domain/milestone-phases.ts), inside the caller's transaction. */
export async function dateMilestonePhases(trx: Kysely<DatabaseSchema>, caseId: string, model: MilestoneModel, fact: MilestoneFact): Promise<void> {
  const rows = await trx.selectFrom('case_phases').selectAll().where('case_id', '=', caseId).execute();
  const stored = rows.map((row) => ({ key: row.phase_key, plannedStart: row.planned_start, plannedEnd: row.planned_end, actualStart: row.actual_start, actualEnd: row.actual_end }));
  for (const phase of phaseDatesForFact(model, stored, fact)) {
    await trx.updateTable('case_phases').set({ actual_start: phase.actualStart, actual_end: phase.actualEnd }).where('case_id', '=', caseId).where('phase_key', '=', phase.key).execute();
  }
}
