/** What is audited: a municipality or a district. */
export const CASE_KINDS = ['kommune', 'kreis'] as const;
export type CaseKind = (typeof CASE_KINDS)[number];
export const CASE_KIND_LABELS: Record<CaseKind, string> = { kommune: 'Kommune', kreis: 'Kreis' };

/** The first round of a municipality and each later one; their words come from the procedure (roundLabel). */
export const AUDIT_ROUNDS = ['erstaudit', 'reaudit'] as const;
export type AuditRound = (typeof AUDIT_ROUNDS)[number];

/** Where a phase of the timeline stands. */
export const PHASE_STATES = ['offen', 'laufend', 'abgeschlossen'] as const;
export type PhaseState = (typeof PHASE_STATES)[number];
export const PHASE_STATE_LABELS: Record<PhaseState, string> = { offen: 'Offen', laufend: 'Läuft', abgeschlossen: 'Abgeschlossen' };
