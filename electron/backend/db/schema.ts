import type { Generated } from 'kysely';
import type { AuditRound, CaseKind } from '../../../shared/vocabulary/cases';
import type { CriterionRating, Recommendation } from '../../../shared/vocabulary/certification';
import type { MeasureStatus, Priority } from '../../../shared/vocabulary/goals';
import type { IdeaStatus, MemberGroup, ParticipantGroup } from '../../../shared/vocabulary/participation';
import type { ItemKind } from '../../../shared/vocabulary/scoring';

export interface CasesTable {
  id: string;
  municipality_name: string;
  ags: string;
  kind: CaseKind;
  landkreis: string;
  bundesland: string;
  population: number | null;
  catalogue_id: string;
  catalogue_version: number;
  /** JSON array of the optional module ids chosen for this case. */
  modules: string;
  audit_round: AuditRound;
  previous_case_id: string | null;
  auditor: string;
  lead_name: string;
  lead_role: string;
  lead_contact: string;
  notes: string;
  search_text: string;
  /** shared/domain/german-sort-key.ts of the name; the case list's order. */
  name_sort_key: string;
  /** The municipality's motto for the procedure, e.g. "heute leben – morgen gestalten". */
  motto: string;
  created_at: string;
  updated_at: string;
  archived_at: string | null;
  deleted_at: string | null;
}

export interface CasePhasesTable {
  case_id: string;
  phase_key: string;
  position: number;
  planned_start: string | null;
  planned_end: string | null;
  actual_start: string | null;
  actual_end: string | null;
  note: Generated<string>;
}

export interface CataloguesTable {
  id: string;
  version: number;
  name: string;
  content: string;
  content_sha256: string;
  source: 'bundled' | 'import';
  installed_at: string;
}

export interface AnswersTable {
  case_id: string;
  question_id: string;
  /** JSON of the typed value; null when the question is not answered. */
  value: string | null;
  reference_date: string | null;
  comment: string;
  source: 'auditor' | 'rathaus';
  updated_at: string;
}

export interface QuestionnaireImportsTable {
  id: string;
  case_id: string;
  file_name: string;
  file_content: Buffer;
  file_sha256: string;
  imported_at: string;
  imported_by: string;
  applied: number;
  /** JSON of the import report. */
  summary: string;
}

export interface QuestionnaireExportsTable {
  id: string;
  case_id: string;
  exported_at: string;
  /** JSON object: question id → { value, referenceDate, comment } as prefilled into the template. */
  exported_answers: string;
}

export interface ConceptVersionsTable {
  id: string;
  case_id: string;
  /** Running per case, from 1. */
  number: number;
  concept_name: string;
  version_date: string;
  exported_at: string;
}

export interface DocumentsTable {
  id: string;
  case_id: string;
  title: string;
  document_date: string | null;
  description: string;
  file_name: string;
  document_type: string;
  size: number;
  sha256: string;
  added_by: string;
  added_at: string;
}

export interface DocumentLinksTable {
  id: string;
  document_id: string;
  place: string;
  created_at: string;
}

export interface CriterionRatingsTable {
  case_id: string;
  criterion_id: string;
  value: number | null;
  not_ratable: number;
  justification: string;
  /** JSON array of questionnaire question ids. */
  evidence: string;
  updated_at: string;
}

export interface FieldSummariesTable {
  case_id: string;
  field_id: string;
  summary: string;
  updated_at: string;
}

export type FieldItemKind = ItemKind;

export interface FieldItemsTable {
  id: string;
  case_id: string;
  field_id: string;
  kind: FieldItemKind;
  text: string;
  position: number;
  created_at: string;
  updated_at: string;
}

export interface StrategicGoalsTable {
  id: string;
  case_id: string;
  field_id: string;
  title: string;
  position: number;
  created_at: string;
  updated_at: string;
}

export interface GoalsTable {
  id: string;
  case_id: string;
  strategic_goal_id: string;
  title: string;
  position: number;
  created_at: string;
  updated_at: string;
}

export interface MeasuresTable {
  id: string;
  case_id: string;
  goal_id: string;
  position: number;
  title: string;
  description: string;
  responsible_unit: string;
  responsible_person: string;
  start_month: string | null;
  end_month: string | null;
  budget_cents: number | null;
  budget_note: string;
  priority: Priority;
  linked_item_id: string | null;
  linked_question_id: string | null;
  carried_from: string | null;
  created_at: string;
  updated_at: string;
}

export interface AgreementResolutionsTable {
  case_id: string;
  resolution_date: string;
  drucksache: string;
  recorded_at: string;
}

export interface AgreementAmendmentsTable {
  id: string;
  case_id: string;
  amended_on: string;
  reason: string;
  subject: string;
  /** JSON array of German lines describing the change. */
  changes: string;
  recorded_at: string;
}

export interface ProjectMembersTable {
  id: string;
  case_id: string;
  name: string;
  member_group: MemberGroup;
  role: string;
  contact: string;
  member_from: string | null;
  member_until: string | null;
  created_at: string;
  updated_at: string;
}

export interface ParticipationEventsTable {
  id: string;
  case_id: string;
  /** A participation format of the case's catalogue. */
  format_id: string;
  title: string;
  held_on: string | null;
  place: string;
  moderation: string;
  agenda: string;
  /** JSON object: participants by group (shared/vocabulary/participation.ts). */
  participant_counts: string;
  /** JSON array of { organisation, role }. */
  organisations: string;
  /** JSON array of field ids. */
  priority_fields: string;
  protocol: string;
  created_at: string;
  updated_at: string;
}

export interface IdeasTable {
  id: string;
  case_id: string;
  text: string;
  field_id: string;
  event_id: string | null;
  contributor_group: ParticipantGroup | null;
  cluster: string;
  status: IdeaStatus;
  status_reason: string;
  votes: number;
  measure_id: string | null;
  created_at: string;
  updated_at: string;
}

export interface ImplementationReportsTable {
  id: string;
  case_id: string;
  year: number;
  report_date: string;
  comment: string;
  updated_at: string;
}

export interface ReportEntriesTable {
  report_id: string;
  measure_id: string;
  status: MeasureStatus;
  comment: string;
}

export interface CertificationRatingsTable {
  case_id: string;
  criterion_id: string;
  rating: CriterionRating;
  justification: string;
  updated_at: string;
}

export interface CertificationDecisionsTable {
  case_id: string;
  override_recommendation: Recommendation | null;
  override_reason: string;
  /** JSON array of condition texts (Auflagen). */
  conditions: string;
  certificate_date: string | null;
  finalized_at: string | null;
  updated_at: string;
}

export interface CertificationReopeningsTable {
  id: string;
  case_id: string;
  reason: string;
  reopened_at: string;
}

/** Written only by triggers; rows are never updated or deleted. */
export interface ChangeLogTable {
  seq: Generated<number>;
  case_id: string | null;
  table_name: string;
  row_key: string;
  operation: 'insert' | 'update' | 'delete';
  old_values: string | null;
  new_values: string | null;
  changed_at: string;
  user_profile: string;
  /** Null when recorded here; otherwise the transfer file the entry arrived with. */
  origin: string | null;
}

export interface AppMetaTable {
  key: string;
  value: string;
}

export interface DatabaseSchema {
  cases: CasesTable;
  case_phases: CasePhasesTable;
  catalogues: CataloguesTable;
  answers: AnswersTable;
  questionnaire_imports: QuestionnaireImportsTable;
  questionnaire_exports: QuestionnaireExportsTable;
  concept_versions: ConceptVersionsTable;
  documents: DocumentsTable;
  document_links: DocumentLinksTable;
  criterion_ratings: CriterionRatingsTable;
  field_summaries: FieldSummariesTable;
  field_items: FieldItemsTable;
  strategic_goals: StrategicGoalsTable;
  goals: GoalsTable;
  measures: MeasuresTable;
  agreement_resolutions: AgreementResolutionsTable;
  agreement_amendments: AgreementAmendmentsTable;
  project_members: ProjectMembersTable;
  participation_events: ParticipationEventsTable;
  ideas: IdeasTable;
  implementation_reports: ImplementationReportsTable;
  report_entries: ReportEntriesTable;
  certification_ratings: CertificationRatingsTable;
  certification_decisions: CertificationDecisionsTable;
  certification_reopenings: CertificationReopeningsTable;
  change_log: ChangeLogTable;
  app_meta: AppMetaTable;
}
