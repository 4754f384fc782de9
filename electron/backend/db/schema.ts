import type { Generated } from 'kysely';

export interface CasesTable {
  id: string;
  municipality_name: string;
  ags: string;
  kind: 'kommune' | 'kreis';
  landkreis: string;
  bundesland: string;
  population: number | null;
  procedure_id: string;
  audit_round: 'erstaudit' | 'reaudit';
  previous_case_id: string | null;
  auditor: string;
  lead_name: string;
  lead_role: string;
  lead_contact: string;
  notes: string;
  search_text: string;
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

export interface AppMetaTable {
  key: string;
  value: string;
}

export interface DatabaseSchema {
  cases: CasesTable;
  case_phases: CasePhasesTable;
  app_meta: AppMetaTable;
}
