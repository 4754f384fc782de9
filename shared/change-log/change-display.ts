import { roundLabel } from '../catalogue/terminology';
import { CASE_KIND_LABELS } from '../vocabulary/cases';
import { ITEM_KIND_SINGULAR } from '../vocabulary/scoring';
import { IDEA_STATUS_LABELS, MEMBER_GROUP_LABELS, PARTICIPANT_GROUP_LABELS } from '../vocabulary/participation';
import { CERTIFICATION_RATING_LABELS } from '../contract/certification';
import { recommendationLabel, type Recommendation } from '../certification/recommendation';
import { BUNDESLAENDER } from '../domain/bundeslaender';
import { formatGermanDate } from '../domain/dates';
import { countOf } from '../domain/german-plural';
import { formatEuro } from '../domain/german-numbers';
import { PRIORITY_LABELS, STATUS_LABELS } from '../goals/agreement';
import { describeAnswer } from '../questionnaire/answer-text';
import type { AnswerValue } from '../questionnaire/answer-value';
import { fieldLabel, type ChangeOperation, type FieldChange } from './change-entry';
import type { ChangeReferences } from './change-references';
import { formatLoggedValue } from './logged-value';
import { DOCUMENT_TYPES, type DocumentType } from '../evidence/document-types';
import { formatFileSize } from '../domain/file-size';

/** One changed column as the log shows it: its German label and both values in their display form. */
interface DisplayedChange {
  field: string;
  label: string;
  before: string;
  after: string;
}

interface Context {
  table: string;
  row: Record<string, unknown>;
  refs: ChangeReferences;
}

/** Columns that say nothing a person reads: keys, bookkeeping times, the stored file itself. */
const HIDDEN = new Set(['id', 'case_id', 'created_at', 'updated_at', 'search_text', 'name_sort_key', 'file_content', 'file_sha256']);
/** Columns derived from other changes; an entry that changed only these is no change of its own. */
const DERIVED = new Set(['updated_at', 'search_text', 'name_sort_key']);

const YES_NO: Record<string, string> = { '1': 'ja', '0': 'nein', true: 'ja', false: 'nein' };
const SOURCE_RATHAUS = 'Rathaus';

const labelled = (labels: Record<string, string>) => (value: unknown) => labels[String(value)] ?? String(value);
const record = (value: unknown, { refs }: Context) => (typeof value === 'string' ? (refs.records.get(value) ?? 'nicht mehr vorhanden') : String(value));

function parsed(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return value;
  }
}

/** An empty JSON list ("[]"): set or removed, it says nothing. */
function isEmptyList(value: unknown): boolean {
  const items = parsed(value);
  return Array.isArray(items) && items.length === 0;
}

function list(value: unknown, each: (item: unknown) => string = String): string {
  const items = parsed(value);
  if (!Array.isArray(items)) return formatLoggedValue(value);
  return items.length === 0 ? 'keine' : items.map(each).join('; ');
}

function workshopKind(value: unknown, { refs }: Context): string {
  return value === 'strategie' ? refs.terms.strategyWorkshop : value === 'zielvereinbarung' ? refs.terms.agreementWorkshop : String(value);
}

function importSummary(value: unknown): string {
  const summary = parsed(value);
  if (summary === null || typeof summary !== 'object' || Array.isArray(summary)) return formatLoggedValue(value);
  const { counts, skippedRows, skippedConflicts } = summary as { counts?: Record<string, number>; skippedRows?: unknown[]; skippedConflicts?: unknown[] };
  const parts = counts ? [`${counts.new ?? 0} neu`, `${counts.changed ?? 0} geändert`, `${counts.unchanged ?? 0} unverändert`, countOf(counts.conflicts ?? 0, 'Konflikt', 'Konflikte')] : [];
  if (Array.isArray(skippedConflicts) && skippedConflicts.length > 0) parts.push(`${countOf(skippedConflicts.length, 'Konflikt', 'Konflikte')} nicht übernommen`);
  if (Array.isArray(skippedRows) && skippedRows.length > 0) parts.push(`${countOf(skippedRows.length, 'fehlerhafte Zeile', 'fehlerhafte Zeilen')} übersprungen`);
  return parts.length > 0 ? parts.join(', ') : '–';
}

/** "2024-11" as "11/2024". */
function month(value: unknown): string {
  const match = typeof value === 'string' ? /^(\d{4})-(\d{2})$/.exec(value) : null;
  return match ? `${match[2]}/${match[1]}` : String(value);
}

type Formatter = (value: unknown, context: Context) => string;

/** How the values of a column read; columns not named here are shown by their kind (dates, numbers, text). */
const FORMATTERS: Record<string, Formatter> = {
  budget_cents: (value) => (typeof value === 'number' ? formatEuro(value / 100) : String(value)),
  status: (value, context) => (context.table === 'ideas' ? labelled(IDEA_STATUS_LABELS)(value) : labelled(STATUS_LABELS)(value)),
  contributor_group: labelled(PARTICIPANT_GROUP_LABELS),
  event_id: record,
  priority: labelled(PRIORITY_LABELS),
  kind: (value, context) => (context.table === 'field_items' ? labelled(ITEM_KIND_SINGULAR)(value) : context.table === 'workshops' ? workshopKind(value, context) : labelled(CASE_KIND_LABELS)(value)),
  audit_round: (value, { refs }) => (value === 'reaudit' || value === 'erstaudit' ? roundLabel(refs.terms, value) : String(value)),
  bundesland: labelled(BUNDESLAENDER),
  source: (value, { refs }) => (value === 'rathaus' ? SOURCE_RATHAUS : value === 'auditor' ? refs.terms.auditor : String(value)),
  not_ratable: labelled(YES_NO),
  rating: (value) => CERTIFICATION_RATING_LABELS[value as keyof typeof CERTIFICATION_RATING_LABELS] ?? String(value),
  override_recommendation: (value, { refs }) => (typeof value === 'string' ? recommendationLabel(value as Recommendation, refs.terms) : String(value)),
  question_id: (value, { refs }) => refs.questions.get(String(value))?.label ?? String(value),
  linked_question_id: (value, { refs }) => refs.questions.get(String(value))?.label ?? String(value),
  criterion_id: (value, { table, refs }) => (table === 'certification_ratings' ? refs.certificationCriteria : refs.scoringCriteria).get(String(value)) ?? String(value),
  field_id: (value, { refs }) => refs.groups.get(String(value)) ?? String(value),
  phase_key: (value, { refs }) => refs.phases.get(String(value)) ?? String(value),
  modules: (value, { refs }) => list(value, (id) => refs.groups.get(String(id)) ?? String(id)),
  priority_fields: (value, { refs }) => list(value, (id) => refs.groups.get(String(id)) ?? String(id)),
  goal_id: record,
  strategic_goal_id: record,
  measure_id: record,
  report_id: record,
  linked_item_id: record,
  previous_case_id: record,
  carried_from: record,
  document_id: record,
  place: (value, { table, refs }) => (table === 'document_links' ? refs.placeLabel(String(value)) : formatLoggedValue(value)),
  document_type: (value) => DOCUMENT_TYPES[value as DocumentType]?.label ?? String(value),
  size: (value) => (typeof value === 'number' ? formatFileSize(value) : String(value)),
  value: (value, { table, row, refs }) => {
    if (table !== 'answers') return formatLoggedValue(value);
    const answer = parsed(value) as AnswerValue | null;
    return describeAnswer(refs.questions.get(String(row.question_id))?.question, answer);
  },
  conditions: (value) => list(value, (item) => String(item)),
  changes: (value) => list(value, (item) => String(item)),
  evidence: (value, { refs }) => list(value, (id) => refs.questions.get(String(id))?.label ?? String(id)),
  format_id: (value, { refs }) => refs.formats.get(String(value)) ?? String(value),
  member_group: labelled(MEMBER_GROUP_LABELS),
  participant_counts: (value) => {
    const counts = parsed(value);
    if (counts === null || typeof counts !== 'object' || Array.isArray(counts)) return formatLoggedValue(value);
    const parts = Object.entries(counts as Record<string, unknown>).map(([group, count]) => `${(PARTICIPANT_GROUP_LABELS as Record<string, string>)[group] ?? group}: ${String(count)}`);
    return parts.length > 0 ? parts.join('; ') : 'keine';
  },
  participants: (value) =>
    list(value, (item) => {
      const { organisation, role } = (item ?? {}) as { organisation?: string; role?: string };
      return [organisation, role].filter(Boolean).join(' – ') || '–';
    }),
  organisations: (value) =>
    list(value, (item) => {
      const { organisation, role } = (item ?? {}) as { organisation?: string; role?: string };
      return [organisation, role].filter(Boolean).join(' – ') || '–';
    }),
  start_month: month,
  end_month: month,
  position: (value) => (typeof value === 'number' ? `Platz ${value + 1}` : String(value)),
  summary: (value, { table }) => (table === 'questionnaire_imports' ? importSummary(value) : formatLoggedValue(value)),
  applied: (value, { table }) => (table === 'questionnaire_imports' && typeof value === 'number' ? countOf(value, 'Antwort', 'Antworten') : formatLoggedValue(value)),
};

function display(value: unknown, field: string, context: Context): string {
  if (value === null || value === undefined || value === '') return '–';
  const formatter = Object.hasOwn(FORMATTERS, field) ? FORMATTERS[field] : undefined;
  return formatter ? formatter(value, context) : formatLoggedValue(value, field);
}

/** True when an entry changed nothing but derived bookkeeping (the time of the last change). */
export function onlyDerived(changes: readonly FieldChange[]): boolean {
  return changes.length > 0 && changes.every((change) => DERIVED.has(change.field));
}

/** The column that names the entry's own row is its subject already; listing it again says nothing. */
const SUBJECT_COLUMNS: Record<string, readonly string[]> = {
  answers: ['question_id'],
  criterion_ratings: ['criterion_id'],
  certification_ratings: ['criterion_id'],
  field_summaries: ['field_id'],
  case_phases: ['phase_key', 'position'],
  report_entries: ['report_id', 'measure_id'],
  document_links: ['document_id', 'place'],
};

const LABEL_OVERRIDES: Record<string, Record<string, string>> = {
  answers: { value: 'Antwort' },
  criterion_ratings: { value: 'Bewertung', evidence: 'Belegt durch' },
  questionnaire_imports: { applied: 'Übernommen', summary: 'Ergebnis' },
};

/** The entry's changes as a person reads them: German labels, references by name, values in their display form. */
export function displayChanges(table: string, operation: ChangeOperation, changes: readonly FieldChange[], row: Record<string, unknown>, refs: ChangeReferences): DisplayedChange[] {
  const context: Context = { table, row, refs };
  return changes
    .filter((change) => !HIDDEN.has(change.field) && !(SUBJECT_COLUMNS[table] ?? []).includes(change.field))
    .filter((change) => operation === 'update' || !isEmptyList(operation === 'insert' ? change.after : change.before))
    .map((change) => ({
      field: change.field,
      label: LABEL_OVERRIDES[table]?.[change.field] ?? fieldLabel(change.field, refs.terms),
      before: display(change.before, change.field, context),
      after: display(change.after, change.field, context),
    }));
}

/** What the entry's row is, by name: the question, the measure with its number, the phase, … */
export function entrySubject(table: string, row: Record<string, unknown>, refs: ChangeReferences): string | null {
  const text = (key: string) => (typeof row[key] === 'string' && row[key] !== '' ? (row[key] as string) : null);
  const id = text('id');
  switch (table) {
    case 'cases':
      return text('municipality_name');
    case 'case_phases':
      return refs.phases.get(String(row.phase_key)) ?? text('phase_key');
    case 'answers':
      return refs.questions.get(String(row.question_id))?.label ?? text('question_id');
    case 'criterion_ratings':
      return refs.scoringCriteria.get(String(row.criterion_id)) ?? text('criterion_id');
    case 'certification_ratings':
      return refs.certificationCriteria.get(String(row.criterion_id)) ?? text('criterion_id');
    case 'field_items':
      return `${(ITEM_KIND_SINGULAR as Record<string, string>)[String(row.kind)] ?? 'Eintrag'} „${text('text') ?? ''}“`;
    case 'field_summaries':
      return refs.groups.get(String(row.field_id)) ?? text('field_id');
    case 'strategic_goals':
    case 'goals':
    case 'measures':
      return (id && refs.records.get(id)) ?? (text('title') ? `„${text('title')}“` : null);
    case 'agreement_resolutions': {
      const date = text('resolution_date');
      return `${refs.terms.resolution}${date ? ` vom ${formatGermanDate(date)}` : ''}${text('drucksache') ? `, Drucksache ${text('drucksache')}` : ''}`;
    }
    case 'agreement_amendments':
      return text('subject');
    case 'workshops':
      return workshopKind(row.kind, { table, row, refs });
    case 'participation_events': {
      const format = refs.formats.get(String(row.format_id)) ?? text('format_id');
      const date = text('held_on');
      return [format, text('title') ? `„${text('title')}“` : null, date ? `am ${formatGermanDate(date)}` : null].filter(Boolean).join(' ') || null;
    }
    case 'project_members':
      return text('name');
    case 'ideas':
      return text('text') ? `„${text('text')}“` : null;
    case 'implementation_reports':
      return typeof row.year === 'number' ? `Jahresbericht ${row.year}` : null;
    case 'report_entries':
      return [refs.records.get(String(row.report_id)), refs.records.get(String(row.measure_id))].filter(Boolean).join(': ') || null;
    case 'questionnaire_imports':
      return text('file_name') ? `„${text('file_name')}“` : null;
    case 'documents':
      return text('title') ? `„${text('title')}“ (SHA-256 ${String(text('sha256') ?? '').slice(0, 12)}…)` : null;
    case 'document_links':
      return `${refs.records.get(String(row.document_id)) ?? 'Nachweis'} an ${refs.placeLabel(String(row.place))}`;
    case 'concept_versions':
      return typeof row.number === 'number' ? `${text('concept_name') ?? 'Konzept'}, Fassung ${row.number}` : null;
    default:
      return null;
  }
}
