/** The association's pool: its own database, never the auditor's. Booleans are 0/1 so that SQLite and PostgreSQL agree. */
export interface PoolKeysTable {
  fingerprint: string;
  public_key: string;
  label: string;
  /** 'registriert' (imported key file) or 'erstnutzung' (trusted at first use). */
  trust: string;
  registered_at: string;
}

export interface PoolCasesTable {
  case_id: string;
  current_submission_id: string | null;
  submission_count: number;
  conflict_count: number;
  first_received_at: string;
  last_received_at: string;
}

export interface PoolSubmissionsTable {
  id: string;
  case_id: string;
  file_name: string;
  file_sha256: string;
  received_at: string;
  exported_at: string;
  app_version: string;
  catalogue_id: string;
  catalogue_version: number;
  catalogue_name: string;
  checksum_method: string;
  checksum: string;
  /** 'gueltig' or 'ohne' (a workbook of app version 0.1, before signatures). */
  signature_state: string;
  key_fingerprint: string | null;
  municipality_name: string;
  /** Lower-case name for search and sort. */
  name_key: string;
  ags: string;
  kind: string;
  landkreis: string;
  bundesland: string;
  population: number | null;
  audit_round: string;
  auditor: string;
  resolution_date: string | null;
  drucksache: string;
  recommendation: string;
  finalized: number;
  finalized_at: string | null;
  certificate_date: string | null;
  certificate_valid_until: string | null;
  yearly_reports_expected: number | null;
  /** JSON array of { year, date }. */
  yearly_reports: string;
  overall_score: number | null;
  /** 1 when another submission of the case has the same export time but other content. */
  conflict: number;
}

export interface PoolFieldScoresTable {
  submission_id: string;
  field_id: string;
  position: number;
  code: string;
  name: string;
  score: number | null;
}

export interface PoolCriterionRatingsTable {
  submission_id: string;
  criterion_id: string;
  position: number;
  category: string;
  text: string;
  rating: string | null;
}

export interface PoolSchema {
  pool_keys: PoolKeysTable;
  pool_cases: PoolCasesTable;
  pool_submissions: PoolSubmissionsTable;
  pool_field_scores: PoolFieldScoresTable;
  pool_criterion_ratings: PoolCriterionRatingsTable;
}
