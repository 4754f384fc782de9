import type { Terminology } from '../catalogue/terminology';

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
  questionnaire_exports: 'Fragebogen-Export',
  concept_versions: 'Fassung des Konzepts (Word)',
  documents: 'Nachweis',
  document_links: 'Nachweis an einer Stelle',
  criterion_ratings: 'Kriterienbewertung',
  field_items: 'Stärke/Schwäche/Bedarf',
  field_summaries: 'Feldzusammenfassung',
  strategic_goals: 'Strategisches Ziel',
  goals: 'Ziel',
  measures: 'Maßnahme',
  agreement_resolutions: 'Beschluss',
  agreement_amendments: 'Änderung nach dem Beschluss',
  workshops: 'Workshop',
  project_members: 'Mitglied der Projektgruppe',
  participation_events: 'Veranstaltung',
  ideas: 'Idee',
  implementation_reports: 'Jahresbericht',
  report_entries: 'Stand einer Maßnahme',
  certification_ratings: 'Kriterium der Begutachtung',
  certification_decisions: 'Entscheidung der Begutachtung',
  certification_reopenings: 'Wiedereröffnung',
  change_log: 'Änderungsprotokoll',
  catalogues: 'Katalog',
};

export const OPERATION_LABELS: Record<ChangeOperation, string> = { insert: 'angelegt', update: 'geändert', delete: 'gelöscht' };

/** Bookkeeping columns that change with every edit and say nothing by themselves. */
const BOOKKEEPING = new Set(['updated_at', 'search_text', 'name_sort_key']);
/** Every entry in a case's log belongs to that case; repeating its id says nothing. */
const OMITTED = new Set(['case_id']);
const isEmpty = (value: unknown) => value === null || value === '';

/** The logged row; anything but a JSON object is unreadable and throws. */
function parse(json: string | null): Record<string, unknown> {
  if (!json) return {};
  const value: unknown = JSON.parse(json);
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new Error('The logged values are not an object.');
  return value as Record<string, unknown>;
}

/** The row as it was logged, the new values over the old: what the entry's references and subject are read from. */
export function rowValues(oldJson: string | null, newJson: string | null): Record<string, unknown> {
  return { ...parse(oldJson), ...parse(newJson) };
}

/**
 * The fields an entry touched: for an update those whose value changed, for an insert the values
 * set, for a delete the values removed (empty ones left out). Bookkeeping columns are left out
 * unless nothing else changed.
 */
export function fieldChanges(operation: ChangeOperation, oldJson: string | null, newJson: string | null): FieldChange[] {
  const before = parse(oldJson);
  const after = parse(newJson);
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((field) => !OMITTED.has(field));
  const changes = fields
    .map((field) => ({ field, before: before[field] ?? null, after: after[field] ?? null }))
    .filter((change) => (operation === 'update' ? JSON.stringify(change.before) !== JSON.stringify(change.after) : !isEmpty(operation === 'insert' ? change.after : change.before)));
  const meaningful = changes.filter((change) => !BOOKKEEPING.has(change.field));
  return meaningful.length > 0 ? meaningful : changes;
}

/** Column names in the auditor's words; columns not listed are shown as they are. */
export const FIELD_LABELS: Record<string, string> = {
  id: 'Kennung',
  case_id: 'Auditfall',
  municipality_name: 'Kommune',
  ags: 'AGS',
  kind: 'Art',
  landkreis: 'Landkreis',
  bundesland: 'Bundesland',
  population: 'Einwohner',
  catalogue_id: 'Katalog',
  catalogue_version: 'Katalogversion',
  modules: 'Module',
  audit_round: 'Runde',
  previous_case_id: 'Vorheriger Auditfall',
  auditor: 'Auditor/in',
  lead_name: 'Projektleitung',
  lead_role: 'Funktion',
  lead_contact: 'Kontakt',
  notes: 'Notizen',
  archived_at: 'Archiviert am',
  deleted_at: 'Im Papierkorb seit',
  question_id: 'Frage',
  phase_key: 'Phase',
  value: 'Wert',
  reference_date: 'Stichtag',
  comment: 'Kommentar',
  source: 'Quelle',
  criterion_id: 'Kriterium',
  not_ratable: 'Nicht bewertbar',
  justification: 'Begründung',
  evidence: 'Belegt durch',
  field_id: 'Feld',
  text: 'Text',
  summary: 'Zusammenfassung',
  position: 'Reihenfolge',
  title: 'Titel',
  description: 'Beschreibung',
  responsible_unit: 'Zuständige Stelle',
  responsible_person: 'Ansprechperson',
  start_month: 'Beginn',
  end_month: 'Ende',
  budget_cents: 'Budget',
  budget_note: 'Budgethinweis',
  priority: 'Priorität',
  status: 'Stand',
  reason: 'Begründung',
  rating: 'Bewertung',
  conditions: 'Auflagen',
  certificate_date: 'Ausgestellt am',
  finalized_at: 'Abgeschlossen am',
  override_recommendation: 'Abweichende Empfehlung',
  override_reason: 'Begründung der Abweichung',
  planned_start: 'Geplanter Beginn',
  planned_end: 'Geplantes Ende',
  actual_start: 'Tatsächlicher Beginn',
  actual_end: 'Tatsächliches Ende',
  note: 'Notiz',
  resolution_date: 'Beschlussdatum',
  drucksache: 'Drucksache',
  updated_at: 'Geändert am',
  created_at: 'Angelegt am',
  file_name: 'Dateiname',
  file_content: 'Dateiinhalt',
  file_sha256: 'Prüfsumme',
  document_id: 'Nachweis',
  document_date: 'Dokumentdatum',
  document_type: 'Dateityp',
  size: 'Größe',
  sha256: 'SHA-256',
  added_at: 'Beigefügt am',
  added_by: 'Beigefügt von',
  imported_at: 'Importiert am',
  imported_by: 'Importiert von',
  applied: 'Übernommen',
  held_on: 'Datum',
  participants: 'Teilnehmende',
  format_id: 'Format',
  place: 'Ort',
  moderation: 'Moderation',
  agenda: 'Tagesordnung',
  participant_counts: 'Teilnehmende nach Gruppe',
  organisations: 'Beteiligte Organisationen',
  protocol: 'Protokoll',
  member_group: 'Gruppe',
  member_from: 'Mitglied seit',
  member_until: 'Mitglied bis',
  contact: 'Kontakt',
  name: 'Name',
  role: 'Funktion',
  motto: 'Motto',
  contributor_group: 'Beitrag von',
  cluster: 'Thema',
  status_reason: 'Begründung',
  votes: 'Punkte',
  event_id: 'Veranstaltung',
  priority_fields: 'Schwerpunktfelder',
  year: 'Berichtsjahr',
  report_date: 'Berichtsdatum',
  amended_on: 'Geändert am',
  subject: 'Gegenstand',
  changes: 'Änderungen',
  recorded_at: 'Erfasst am',
  reopened_at: 'Wiedereröffnet am',
  linked_item_id: 'Antwortet auf (Eintrag)',
  linked_question_id: 'Antwortet auf (Frage)',
  carried_from: 'Übernommen aus der vorherigen Runde',
  goal_id: 'Ziel',
  strategic_goal_id: 'Strategisches Ziel',
  report_id: 'Jahresbericht',
  measure_id: 'Maßnahme',
  search_text: 'Suchtext',
  name_sort_key: 'Sortierschlüssel',
  table_name: 'Datenart',
  row_key: 'Zeilenschlüssel',
  operation: 'Vorgang',
  old_values: 'Alte Werte',
  new_values: 'Neue Werte',
  changed_at: 'Zeitpunkt',
  user_profile: 'Benutzer',
  origin: 'Herkunft',
  exported_at: 'Exportiert am',
  exported_answers: 'Vorausgefüllte Antworten',
};

/** A column's label in the procedure's words where the procedure has its own (the auditor's role). */
export function fieldLabel(field: string, terms: Pick<Terminology, 'auditor'>): string {
  if (field === 'auditor') return terms.auditor;
  return Object.hasOwn(FIELD_LABELS, field) ? FIELD_LABELS[field]! : field;
}
