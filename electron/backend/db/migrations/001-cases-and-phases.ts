import type { Migration } from './migration';

export const migration001: Migration = {
  version: 1,
  name: 'cases and phases',
  up(db) {
    db.exec(`
      CREATE TABLE app_meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

      CREATE TABLE cases (
        id TEXT PRIMARY KEY,
        municipality_name TEXT NOT NULL,
        ags TEXT NOT NULL CHECK (length(ags) = 8),
        kind TEXT NOT NULL CHECK (kind IN ('kommune', 'kreis')),
        landkreis TEXT NOT NULL DEFAULT '',
        bundesland TEXT NOT NULL,
        population INTEGER,
        procedure_id TEXT NOT NULL,
        audit_round TEXT NOT NULL CHECK (audit_round IN ('erstaudit', 'reaudit')),
        previous_case_id TEXT REFERENCES cases(id) ON DELETE SET NULL,
        auditor TEXT NOT NULL DEFAULT '',
        lead_name TEXT NOT NULL DEFAULT '',
        lead_role TEXT NOT NULL DEFAULT '',
        lead_contact TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        search_text TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        archived_at TEXT,
        deleted_at TEXT
      ) STRICT;

      CREATE INDEX cases_ags ON cases(ags);
      CREATE INDEX cases_previous ON cases(previous_case_id);

      CREATE TABLE case_phases (
        case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        phase_key TEXT NOT NULL,
        position INTEGER NOT NULL,
        planned_start TEXT,
        planned_end TEXT,
        actual_start TEXT,
        actual_end TEXT,
        note TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (case_id, phase_key)
      ) STRICT;

      CREATE INDEX case_phases_by_position ON case_phases(case_id, position);
    `);
  },
};
