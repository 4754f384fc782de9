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
import { termsOf } from '../../../shared/catalogue/terminology';

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

  async function assertDateFits(caseId: string, model: MilestoneModel, resolutionDate: string, certificateDate: string | null): Promise<void> {
    const problem = resolutionDateProblem(resolutionDate, await milestones(caseId, certificateDate, null), termsOf(model));
    if (problem) throw invalidInput('resolutionDate', problem);
  }

  return {
    milestones,

    /** Records the resolution and dates its phase; `model` is the case's catalogue. */
    async record(caseId: string, model: MilestoneModel, resolutionDate: string, drucksache: string, certificateDate: string | null): Promise<void> {
      const terms = termsOf(model);
      const existing = await repo.findResolution(db, caseId);
      if (existing) {
        throw new AppError(
          'CONFLICT',
          `${terms.agreement}: bereits beschlossen (${terms.resolution} vom ${formatGermanDate(existing.resolution_date)}, Drucksache ${existing.drucksache}). Ein falsches Datum oder eine falsche Drucksache lässt sich mit Begründung korrigieren.`,
        );
      }
      await assertDateFits(caseId, model, resolutionDate, certificateDate);
      if ((await repo.countMeasures(db, caseId)) === 0) throw new AppError('CONFLICT', `${terms.agreement}: Ohne Maßnahmen kann nichts beschlossen werden.`);
      await repo.insertResolution(db, { caseId, resolutionDate, drucksache, now: clock.nowIso() }, (trx) => dateMilestonePhases(trx, caseId, model, { kind: 'resolution', date: resolutionDate }));
    },

    async correct(caseId: string, model: MilestoneModel, resolutionDate: string, drucksache: string, reason: string, certificateDate: string | null): Promise<void> {
      const existing = await repo.findResolution(db, caseId);
      const terms = termsOf(model);
      if (!existing) throw new AppError('CONFLICT', `Es gibt noch keinen ${terms.resolution}, der korrigiert werden könnte.`);
      const changes = describeChanges(
        { date: 'Beschlussdatum', drucksache: 'Drucksache' },
        { date: formatGermanDate(existing.resolution_date), drucksache: existing.drucksache },
        { date: formatGermanDate(resolutionDate), drucksache },
      );
      if (changes.length === 0) throw invalidInput('resolutionDate', 'Datum und Drucksache sind unverändert; es gibt nichts zu korrigieren.');
      await assertDateFits(caseId, model, resolutionDate, certificateDate);
      const redate = existing.resolution_date !== resolutionDate;
      await repo.correctResolutionRow(db, { caseId, resolutionDate, drucksache, reason, changes, today: clock.today(), now: clock.nowIso() }, async (trx) => {
        if (redate) await dateMilestonePhases(trx, caseId, model, { kind: 'resolution', date: resolutionDate });
      });
    },
  };
}
