export type ChangeOperation = 'insert' | 'update' | 'delete';

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

/** What the log calls each table, in the auditor's words. */
export const TABLE_LABELS: Record<string, string> = {
  cases: 'Auditfall',
  case_phases: 'Zeitplan',
  answers: 'Antwort',
  questionnaire_imports: 'Fragebogen-Import',
  criterion_ratings: 'Kriterienbewertung',
  field_items: 'Stärke/Schwäche/Bedarf',
  field_summaries: 'Feldzusammenfassung',
  strategic_goals: 'Strategisches Ziel',
  goals: 'Ziel',
  measures: 'Maßnahme',
  agreement_resolutions: 'Ratsbeschluss',
  agreement_amendments: 'Änderung der Zielvereinbarung',
  workshops: 'Workshop',
  implementation_reports: 'Umsetzungsbericht',
  report_entries: 'Stand einer Maßnahme',
  certification_ratings: 'Zertifizierungskriterium',
  certification_decisions: 'Zertifizierungsentscheidung',
  certification_reopenings: 'Wiedereröffnung',
};

export const OPERATION_LABELS: Record<ChangeOperation, string> = { insert: 'angelegt', update: 'geändert', delete: 'gelöscht' };

/** Bookkeeping columns that change with every edit and say nothing by themselves. */
const BOOKKEEPING = new Set(['updated_at', 'search_text']);

const parse = (json: string | null): Record<string, unknown> => (json ? (JSON.parse(json) as Record<string, unknown>) : {});

/**
 * The fields an entry touched: for an update those whose value changed, for an insert the values
 * set, for a delete the values removed. Bookkeeping columns are left out unless nothing else changed.
 */
export function fieldChanges(operation: ChangeOperation, oldJson: string | null, newJson: string | null): FieldChange[] {
  const before = parse(oldJson);
  const after = parse(newJson);
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  const changes = fields
    .map((field) => ({ field, before: before[field] ?? null, after: after[field] ?? null }))
    .filter((change) => (operation === 'update' ? JSON.stringify(change.before) !== JSON.stringify(change.after) : (operation === 'insert' ? change.after : change.before) !== null));
  const meaningful = changes.filter((change) => !BOOKKEEPING.has(change.field));
  return meaningful.length > 0 ? meaningful : changes;
}
