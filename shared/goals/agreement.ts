import { AUDIT_TERMS, type Terminology } from '../catalogue/terminology';
import type { MeasureStatus } from '../vocabulary/goals';

/** The goal agreement as the domain rules see it: plain records, ordered by position. */

export { PRIORITY_LABELS, STATUS_LABELS, type MeasureStatus,  } from '../vocabulary/goals';

interface StrategicGoalNode {
  id: string;
  fieldId: string;
  position: number;
}

interface GoalNode {
  id: string;
  strategicGoalId: string;
  position: number;
}

interface MeasureNode {
  id: string;
  goalId: string;
  position: number;
}

const byPosition = <T extends { position: number }>(a: T, b: T) => a.position - b.position;

/**
 * Numbers the agreement the way the association writes it: per field (its place in the
 * catalogue), strategic goals lettered (2.A, 2.B), goals numbered across the field (2.1, 2.2),
 * measures within their goal (2.1.3). Moving anything renumbers everything after it.
 */
export function numberAgreement(
  fieldOrder: readonly string[],
  strategicGoals: readonly StrategicGoalNode[],
  goals: readonly GoalNode[],
  measures: readonly MeasureNode[],
): Map<string, string> {
  const numbers = new Map<string, string>();
  fieldOrder.forEach((fieldId, fieldIndex) => {
    const fieldNumber = fieldIndex + 1;
    let goalNumber = 0;
    strategicGoals
      .filter((strategic) => strategic.fieldId === fieldId)
      .sort(byPosition)
      .forEach((strategic, strategicIndex) => {
        numbers.set(strategic.id, `${fieldNumber}.${String.fromCharCode(65 + strategicIndex)}`);
        goals
          .filter((goal) => goal.strategicGoalId === strategic.id)
          .sort(byPosition)
          .forEach((goal) => {
            goalNumber += 1;
            numbers.set(goal.id, `${fieldNumber}.${goalNumber}`);
            measures
              .filter((measure) => measure.goalId === goal.id)
              .sort(byPosition)
              .forEach((measure, measureIndex) => numbers.set(measure.id, `${fieldNumber}.${goalNumber}.${measureIndex + 1}`));
          });
      });
  });
  return numbers;
}

interface BudgetedMeasure {
  fieldId: string;
  budget: number | null;
}

/** Budget per field and overall, in euros; measures without a budget count as nothing. */
export function budgetTotals(measures: readonly BudgetedMeasure[]): { byField: Record<string, number>; total: number } {
  // No prototype: a field id such as `constructor` is an ordinary key here.
  const byField: Record<string, number> = Object.create(null) as Record<string, number>;
  let cents = 0;
  for (const measure of measures) {
    const amount = Math.round((measure.budget ?? 0) * 100);
    byField[measure.fieldId] = ((byField[measure.fieldId] ?? 0) * 100 + amount) / 100;
    cents += amount;
  }
  return { byField, total: cents / 100 };
}

interface TrackedMeasure {
  fieldId: string;
  status: MeasureStatus;
  /** Planned end as YYYY-MM; null when open-ended. */
  endMonth: string | null;
}

interface ProgressCounts {
  total: number;
  done: number;
  running: number;
  planned: number;
  late: number;
  dropped: number;
}

function emptyCounts(): ProgressCounts {
  return { total: 0, done: 0, running: 0, planned: 0, late: 0, dropped: 0 };
}

/**
 * A measure is late when it was postponed, or when its planned end month has passed and it is
 * neither done nor dropped. Late measures are counted as late, not also as planned or running.
 */
export function isLate(measure: Pick<TrackedMeasure, 'status' | 'endMonth'>, currentMonth: string): boolean {
  if (measure.status === 'verschoben') return true;
  if (measure.status === 'umgesetzt' || measure.status === 'entfallen') return false;
  return measure.endMonth !== null && measure.endMonth < currentMonth;
}

export function implementationProgress(measures: readonly TrackedMeasure[], currentMonth: string): { byField: Record<string, ProgressCounts>; overall: ProgressCounts } {
  const overall = emptyCounts();
  const byField: Record<string, ProgressCounts> = Object.create(null) as Record<string, ProgressCounts>;
  for (const measure of measures) {
    const field = (byField[measure.fieldId] ??= emptyCounts());
    for (const counts of [field, overall]) {
      counts.total += 1;
      if (measure.status === 'umgesetzt') counts.done += 1;
      else if (measure.status === 'entfallen') counts.dropped += 1;
      else if (isLate(measure, currentMonth)) counts.late += 1;
      else if (measure.status === 'begonnen') counts.running += 1;
      else counts.planned += 1;
    }
  }
  return { byField, overall };
}

type AmendmentCheck = { ok: true } | { ok: false; field: 'date' | 'reason'; message: string };

/**
 * Changes to an adopted agreement are amendments: they need a date not before the adoption
 * and a reason a reader can follow. Before adoption, changes need neither.
 */
export function checkAmendment(adoptedOn: string | null, amendment: { date: string | null; reason: string } | null, terms: Pick<Terminology, 'resolution'> = AUDIT_TERMS): AmendmentCheck {
  if (adoptedOn === null) return { ok: true };
  if (!amendment || amendment.reason.trim().length < 5) {
    return { ok: false, field: 'reason', message: `Seit dem ${terms.resolution} gilt: Änderungen brauchen eine Begründung (mindestens 5 Zeichen).` };
  }
  if (!amendment.date) return { ok: false, field: 'date', message: 'Bitte das Datum der Änderung angeben.' };
  if (amendment.date < adoptedOn) {
    return { ok: false, field: 'date', message: `Eine Änderung kann nicht vor dem ${terms.resolution} liegen.` };
  }
  return { ok: true };
}

/** German lines describing what changed, for the amendment record: "Budget: 5.000 € → 7.500 €". */
export function describeChanges(labels: Record<string, string>, before: Record<string, string>, after: Record<string, string>): string[] {
  return Object.keys(labels)
    .filter((key) => (before[key] ?? '') !== (after[key] ?? ''))
    .map((key) => `${labels[key]}: ${before[key] || '–'} → ${after[key] || '–'}`);
}
