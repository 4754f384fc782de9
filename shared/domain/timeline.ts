import type { Catalogue } from '../catalogue/catalogue-schema';

/** The part of a catalogue the timeline rules need. */
type TimelineModel = Pick<Catalogue, 'phases' | 'auditSpan' | 'certificate' | 'terminology'>;
import { addMonths, formatGermanDate, wholeMonthsBetween, type IsoDate } from './dates';
import { termsOf } from '../catalogue/terminology';

export interface PhaseDates {
  key: string;
  plannedStart: IsoDate | null;
  plannedEnd: IsoDate | null;
  actualStart: IsoDate | null;
  actualEnd: IsoDate | null;
}

;
import type { PhaseState } from '../vocabulary/cases';

interface PhaseStatus {
  key: string;
  name: string;
  state: PhaseState;
  overdue: boolean;
}

type WarningSeverity = 'info' | 'warnung' | 'kritisch';

/** What a warning is about; the deadline kinds are the ones the formal check counts. */
export const WARNING_KINDS = ['nicht-begonnen', 'ueberfaellig', 'zu-lang', 'zu-lang-geplant', 'audit-zu-lang', 'zertifikat', 'daten-fehlen', 'format-fehlt'] as const;
type WarningKind = (typeof WARNING_KINDS)[number];

const DEADLINE_KINDS: ReadonlySet<WarningKind> = new Set<WarningKind>(['nicht-begonnen', 'ueberfaellig', 'zu-lang', 'audit-zu-lang']);

interface TimelineWarning {
  phaseKey: string | null;
  kind: WarningKind;
  severity: WarningSeverity;
  message: string;
}

/** The missed deadlines among a timeline's warnings: the one rule for the case page and the formal check. */
export function missedDeadlines(warnings: readonly Pick<TimelineWarning, 'kind' | 'message'>[]): string[] {
  return warnings.filter((warning) => DEADLINE_KINDS.has(warning.kind)).map((warning) => warning.message);
}

interface TimelineAnalysis {
  phases: PhaseStatus[];
  currentPhaseKey: string | null;
  certificateValidUntil: IsoDate | null;
  warnings: TimelineWarning[];
}

export { PHASE_STATE_LABELS } from '../vocabulary/cases';

const CERTIFICATE_NOTICE_MONTHS = 6;

export function phaseState(dates: PhaseDates): PhaseState {
  if (dates.actualEnd) return 'abgeschlossen';
  if (dates.actualStart) return 'laufend';
  return 'offen';
}

/** Checks one phase's own dates; returns German messages keyed by field. */
export function validatePhaseDates(dates: Omit<PhaseDates, 'key'>): Partial<Record<keyof Omit<PhaseDates, 'key'>, string>> {
  const errors: Partial<Record<keyof Omit<PhaseDates, 'key'>, string>> = {};
  if (dates.plannedStart && dates.plannedEnd && dates.plannedEnd < dates.plannedStart) {
    errors.plannedEnd = 'Das geplante Ende liegt vor dem geplanten Beginn.';
  }
  if (dates.actualEnd && !dates.actualStart) {
    errors.actualStart = 'Bitte auch den tatsächlichen Beginn angeben, wenn die Phase abgeschlossen ist.';
  }
  if (dates.actualStart && dates.actualEnd && dates.actualEnd < dates.actualStart) {
    errors.actualEnd = 'Das tatsächliche Ende liegt vor dem tatsächlichen Beginn.';
  }
  return errors;
}

/** The last phase in the cycle's order that has begun; null when none has. */
function furthestStartedIndex(phases: readonly PhaseDates[]): number | null {
  const index = phases.findLastIndex((phase) => phase.actualStart !== null || phase.actualEnd !== null);
  return index === -1 ? null : index;
}

/**
 * The phase the audit is in, from the facts: the furthest phase that has begun, or the one after it
 * when it has ended; the first phase while none has begun; null when the last phase has ended.
 * An earlier phase whose end was never entered does not hold the audit back.
 */
export function currentPhaseKey(phases: readonly PhaseDates[]): string | null {
  const furthest = furthestStartedIndex(phases);
  if (furthest === null) return phases[0]?.key ?? null;
  const phase = phases[furthest] as PhaseDates;
  if (!phase.actualEnd) return phase.key;
  return phases[furthest + 1]?.key ?? null;
}

function durationWarnings(name: string, key: string, maxMonths: number, dates: PhaseDates, today: IsoDate): TimelineWarning[] {
  const warnings: TimelineWarning[] = [];
  if (dates.actualStart) {
    const end = dates.actualEnd ?? today;
    if (end > addMonths(dates.actualStart, maxMonths)) {
      const months = wholeMonthsBetween(dates.actualStart, end);
      const verb = dates.actualEnd ? 'dauerte' : 'dauert bereits';
      warnings.push({
        phaseKey: key,
        kind: 'zu-lang',
        severity: 'kritisch',
        message: `${name} ${verb} ${monthsText(months)} – vorgesehen sind höchstens ${monthsText(maxMonths)}.`,
      });
    }
  } else if (dates.plannedStart && dates.plannedEnd && dates.plannedEnd > addMonths(dates.plannedStart, maxMonths)) {
    warnings.push({
      phaseKey: key,
      kind: 'zu-lang-geplant',
      severity: 'warnung',
      message: `${name} ist länger als ${monthsText(maxMonths)} geplant.`,
    });
  }
  return warnings;
}

function monthsText(months: number): string {
  if (months >= 24 && months % 12 === 0) return `${months / 12} Jahre`;
  return months === 1 ? '1 Monat' : `${months} Monate`;
}

export function analyzeTimeline(procedure: TimelineModel, stored: readonly PhaseDates[], today: IsoDate): TimelineAnalysis {
  const byKey = new Map(stored.map((phase) => [phase.key, phase]));
  const terms = termsOf(procedure);
  const ordered: PhaseDates[] = procedure.phases.map(
    (definition) =>
      byKey.get(definition.key) ?? { key: definition.key, plannedStart: null, plannedEnd: null, actualStart: null, actualEnd: null },
  );
  const warnings: TimelineWarning[] = [];

  const furthest = furthestStartedIndex(ordered);
  const laterPhaseName = (index: number) => (furthest !== null && furthest > index ? procedure.phases[furthest]?.name : undefined);

  const phases = procedure.phases.map((definition, index): PhaseStatus => {
    const dates = ordered[index] as PhaseDates;
    const state = phaseState(dates);
    const later = laterPhaseName(index);
    if (later !== undefined && state !== 'abgeschlossen') {
      // A later phase has begun: this one is behind the audit, only its dates are missing.
      warnings.push({
        phaseKey: definition.key,
        kind: 'daten-fehlen',
        severity: 'info',
        message: `${definition.name}: ${state === 'offen' ? 'Beginn und Ende fehlen' : 'das tatsächliche Ende fehlt'}, obwohl „${later}“ schon begonnen hat.`,
      });
      return { key: definition.key, name: definition.name, state, overdue: false };
    }
    const overdue = state !== 'abgeschlossen' && dates.plannedEnd !== null && dates.plannedEnd < today;
    if (overdue && dates.plannedEnd) {
      warnings.push({
        phaseKey: definition.key,
        kind: 'ueberfaellig',
        severity: 'warnung',
        message: `${definition.name}: geplantes Ende ${formatGermanDate(dates.plannedEnd)} ist überschritten.`,
      });
    } else if (state === 'offen' && dates.plannedStart !== null && dates.plannedStart < today) {
      warnings.push({
        phaseKey: definition.key,
        kind: 'nicht-begonnen',
        severity: 'warnung',
        message: `${definition.name}: geplanter Beginn ${formatGermanDate(dates.plannedStart)} ist verstrichen, die Phase hat noch nicht begonnen.`,
      });
    }
    if (definition.maxMonths !== undefined) {
      warnings.push(...durationWarnings(definition.name, definition.key, definition.maxMonths, dates, today));
    }
    return { key: definition.key, name: definition.name, state, overdue };
  });

  const span = procedure.auditSpan;
  const spanStart = byKey.get(span.fromPhase)?.actualStart ?? null;
  if (spanStart) {
    const spanEnd = byKey.get(span.toPhase)?.actualEnd ?? today;
    if (spanEnd > addMonths(spanStart, span.maxMonths)) {
      const verb = byKey.get(span.toPhase)?.actualEnd ? 'dauerte' : 'dauert bereits';
      warnings.push({
        phaseKey: null,
        kind: 'audit-zu-lang',
        severity: 'kritisch',
        message: `Die Runde ${verb} ${monthsText(wholeMonthsBetween(spanStart, spanEnd))} – vorgesehen sind höchstens ${monthsText(span.maxMonths)}.`,
      });
    }
  }

  const certificateDate = byKey.get(procedure.certificate.phase)?.actualEnd ?? null;
  const certificateValidUntil = certificateDate ? addMonths(certificateDate, procedure.certificate.validYears * 12) : null;
  if (certificateValidUntil) {
    if (certificateValidUntil < today) {
      warnings.push({
        phaseKey: procedure.certificate.phase,
        kind: 'zertifikat',
        severity: 'kritisch',
        message: `${terms.certificate} abgelaufen seit ${formatGermanDate(certificateValidUntil)} (gültig ${procedure.certificate.validYears} Jahre).`,
      });
    } else if (certificateValidUntil <= addMonths(today, CERTIFICATE_NOTICE_MONTHS)) {
      warnings.push({
        phaseKey: procedure.certificate.phase,
        kind: 'zertifikat',
        severity: 'info',
        message: `${terms.certificate} gültig bis ${formatGermanDate(certificateValidUntil)} – ${terms.nextRound} rechtzeitig planen.`,
      });
    }
  }

  return { phases, currentPhaseKey: currentPhaseKey(ordered), certificateValidUntil, warnings };
}
