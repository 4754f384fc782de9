/** The facts of a case a catalogue question may repeat (`caseField`); the answer is pre-filled from them. */
export const CASE_FIELD_KEYS = ['population', 'projectLead'] as const;

export type CaseFieldKey = (typeof CASE_FIELD_KEYS)[number];

export const CASE_FIELD_LABELS: Record<CaseFieldKey, string> = {
  population: 'Einwohnerzahl',
  projectLead: 'Projektleitung',
};
