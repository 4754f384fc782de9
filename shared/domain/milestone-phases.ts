import type { Catalogue } from '../catalogue/catalogue-schema';
import type { IsoDate } from './dates';
import type { PhaseDates } from './timeline';

/** The part of a catalogue that says which phases follow which recorded facts. */
export type MilestoneModel = Pick<Catalogue, 'phases' | 'certificate' | 'milestones' | 'terminology'>;

/** A fact of the cycle just recorded, with what the rule needs to date the phases it concerns. */
export type MilestoneFact =
  | { kind: 'resolution'; date: IsoDate }
  | { kind: 'certificate'; date: IsoDate; resolutionDate: IsoDate | null }
  /** `reportDates`: every yearly report filed so far, including the one just saved. */
  | { kind: 'report'; reportDates: readonly IsoDate[]; reportsExpected: number; certificateDate: IsoDate | null }
  | { kind: 'reaudit'; date: IsoDate };

type Dates = Omit<PhaseDates, 'key'>;

const earliest = (dates: readonly IsoDate[]) => [...dates].sort()[0] ?? null;
const latest = (dates: readonly IsoDate[]) => [...dates].sort().at(-1) ?? null;

/**
 * The actual dates a recorded fact gives its phases: the resolution ends its phase (and starts the
 * assessment), the certificate ends the assessment and starts the implementation, the last yearly
 * report ends the implementation, the next round starts the Re-Audit phase. A start the auditor
 * entered is kept; an end the fact decides is set. Returns only the phases that change.
 */
export function phaseDatesForFact(model: MilestoneModel, stored: readonly PhaseDates[], fact: MilestoneFact): PhaseDates[] {
  const byKey = new Map(stored.map((phase) => [phase.key, phase]));
  const wanted = new Map<string, Partial<Dates>>();
  const milestones = model.milestones;
  const want = (key: string | undefined, dates: Partial<Dates>) => {
    if (key && model.phases.some((phase) => phase.key === key)) wanted.set(key, { ...wanted.get(key), ...dates });
  };
  switch (fact.kind) {
    case 'resolution':
      want(milestones?.resolutionPhase, { actualEnd: fact.date });
      want(model.certificate.phase, { actualStart: fact.date });
      break;
    case 'certificate':
      want(model.certificate.phase, { actualStart: fact.resolutionDate ?? fact.date, actualEnd: fact.date });
      want(milestones?.reportsPhase, { actualStart: fact.date });
      break;
    case 'report': {
      const first = earliest(fact.reportDates);
      if (first) want(milestones?.reportsPhase, { actualStart: fact.certificateDate ?? first });
      if (fact.reportDates.length >= fact.reportsExpected) want(milestones?.reportsPhase, { actualEnd: latest(fact.reportDates) });
      break;
    }
    case 'reaudit':
      want(milestones?.reauditPhase, { actualStart: fact.date });
      break;
  }
  const changed: PhaseDates[] = [];
  for (const [key, dates] of wanted) {
    const current = byKey.get(key) ?? { key, plannedStart: null, plannedEnd: null, actualStart: null, actualEnd: null };
    const actualEnd = dates.actualEnd !== undefined ? dates.actualEnd : current.actualEnd;
    // A start the auditor entered stays, unless it would lie after the end the fact sets.
    let actualStart = current.actualStart ?? dates.actualStart ?? actualEnd;
    if (actualStart && actualEnd && actualStart > actualEnd) actualStart = dates.actualStart && dates.actualStart <= actualEnd ? dates.actualStart : actualEnd;
    if (actualStart !== current.actualStart || actualEnd !== current.actualEnd) changed.push({ ...current, actualStart, actualEnd });
  }
  return changed;
}
