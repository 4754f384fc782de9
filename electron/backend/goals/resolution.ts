import type { Kysely } from 'kysely';
import { formatGermanDate } from '../../../shared/domain/dates';
import { describeChanges } from '../../../shared/goals/agreement';
import { resolutionDateProblem, type Milestones } from '../../../shared/goals/milestone-order';
import type { Clock } from '../clock';
import type { DatabaseSchema } from '../db/schema';
import { AppError, invalidInput } from '../errors';
import * as repo from './resolution.repository';
import { dateMilestonePhases } from '../cases/milestone-phases.repository';
import type { MilestoneModel } from '../../../shared/domain/milestone-phases';

/** The council resolution of a goal agreement: recorded once, corrected only with a reason, in its order with the other dated facts. */
export function createResolutionRules(db: Kysely<DatabaseSchema>, clock: Clock) {
  /** `exceptReportYear` leaves out the yearly report being saved. */
  async function milestones(caseId: string, certificateDate: string | null, exceptReportYear: number | null): Promise<Milestones> {
    const dates = await repo.milestoneDates(db, caseId);
    return {
      today: clock.today(),
      resolutionDate: dates.resolution?.resolution_date ?? null,
      certificateDate,
      reportDates: dates.reports.filter((report) => report.year !== exceptReportYear).map((report) => report.report_date),
      amendmentDates: dates.amendmentDates,
    };
  }

  async function assertDateFits(caseId: string, resolutionDate: string, certificateDate: string | null): Promise<void> {
    const problem = resolutionDateProblem(resolutionDate, await milestones(caseId, certificateDate, null));
    if (problem) throw invalidInput('resolutionDate', problem);
  }

  return {
    milestones,

    /** Records the resolution and dates its phase; `model` is the case's catalogue. */
    async record(caseId: string, model: MilestoneModel, resolutionDate: string, drucksache: string, certificateDate: string | null): Promise<void> {
      const existing = await repo.findResolution(db, caseId);
      if (existing) {
        throw new AppError('CONFLICT', `Die Zielvereinbarung ist bereits beschlossen (${formatGermanDate(existing.resolution_date)}, Drucksache ${existing.drucksache}). Ein falsches Datum oder eine falsche Drucksache lässt sich mit Begründung korrigieren.`);
      }
      await assertDateFits(caseId, resolutionDate, certificateDate);
      if ((await repo.countMeasures(db, caseId)) === 0) throw new AppError('CONFLICT', 'Eine Zielvereinbarung ohne Maßnahmen kann nicht beschlossen werden.');
      await repo.insertResolution(db, { caseId, resolutionDate, drucksache, now: clock.nowIso() }, (trx) => dateMilestonePhases(trx, caseId, model, { kind: 'resolution', date: resolutionDate }));
    },

    async correct(caseId: string, model: MilestoneModel, resolutionDate: string, drucksache: string, reason: string, certificateDate: string | null): Promise<void> {
      const existing = await repo.findResolution(db, caseId);
      if (!existing) throw new AppError('CONFLICT', 'Es gibt noch keinen Ratsbeschluss, der korrigiert werden könnte.');
      const changes = describeChanges(
        { date: 'Datum des Ratsbeschlusses', drucksache: 'Drucksache' },
        { date: formatGermanDate(existing.resolution_date), drucksache: existing.drucksache },
        { date: formatGermanDate(resolutionDate), drucksache },
      );
      if (changes.length === 0) throw invalidInput('resolutionDate', 'Datum und Drucksache sind unverändert; es gibt nichts zu korrigieren.');
      await assertDateFits(caseId, resolutionDate, certificateDate);
      const redate = existing.resolution_date !== resolutionDate;
      await repo.correctResolutionRow(db, { caseId, resolutionDate, drucksache, reason, changes, today: clock.today(), now: clock.nowIso() }, async (trx) => {
        if (redate) await dateMilestonePhases(trx, caseId, model, { kind: 'resolution', date: resolutionDate });
      });
    },
  };
}
