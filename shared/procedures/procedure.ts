/**
 * A procedure's process model as data. The catalogue issue moves these definitions into
 * versioned catalogue files; the timeline rules only ever see this shape.
 */
export interface PhaseDefinition {
  key: string;
  name: string;
  /** The phase should not take longer than this many months. */
  maxMonths?: number;
}

export interface ProcedureDefinition {
  id: string;
  name: string;
  phases: readonly PhaseDefinition[];
  /** The audit itself, from the start of one phase to the end of another, has a time limit. */
  auditSpan: { fromPhase: string; toPhase: string; maxMonths: number };
  /** The end of this phase is the certificate date; the certificate is valid for validYears. */
  certificate: { phase: string; validYears: number };
}
