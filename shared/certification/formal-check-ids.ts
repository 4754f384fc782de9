/** The formal checks computed from a case (formal-checks.ts); a catalogue links its formal criteria to them. */
export const FORMAL_CHECK_IDS = ['ratsbeschluss', 'felder-abgedeckt', 'ziele-mit-massnahmen', 'massnahmen-vollstaendig', 'fragebogen-vollstaendig', 'staerken-schwaechen', 'fristen', 'beteiligung-buerger', 'beschluss-dokument'] as const;

export type FormalCheckId = (typeof FORMAL_CHECK_IDS)[number];
