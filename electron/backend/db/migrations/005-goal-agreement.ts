import type { Migration } from './migration';

export const migration005: Migration = {
  version: 5,
  name: 'goal agreement and implementation reports',
  up(db) {
    db.exec(`
      CREATE TABLE strategic_goals (
        id TEXT PRIMARY KEY,
        case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        field_id TEXT NOT NULL,
        title TEXT NOT NULL,
        position INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE goals (
        id TEXT PRIMARY KEY,
        case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        strategic_goal_id TEXT NOT NULL REFERENCES strategic_goals(id) ON DELETE CASCADE,
        title TEXT NOT NULL,
        position INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE measures (
        id TEXT PRIMARY KEY,
        case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        goal_id TEXT NOT NULL REFERENCES goals(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        title TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        responsible_unit TEXT NOT NULL DEFAULT '',
        responsible_person TEXT NOT NULL DEFAULT '',
        start_month TEXT,
        end_month TEXT,
        budget_cents INTEGER CHECK (budget_cents IS NULL OR budget_cents >= 0),
        budget_note TEXT NOT NULL DEFAULT '',
        priority TEXT NOT NULL CHECK (priority IN ('hoch', 'mittel', 'niedrig')),
        linked_item_id TEXT,
        linked_question_id TEXT,
        carried_from TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE INDEX goal_tree_by_case ON strategic_goals(case_id, field_id, position);
      CREATE INDEX goals_by_parent ON goals(strategic_goal_id, position);
      CREATE INDEX measures_by_goal ON measures(goal_id, position);

      CREATE TABLE agreement_resolutions (
        case_id TEXT PRIMARY KEY REFERENCES cases(id) ON DELETE CASCADE,
        resolution_date TEXT NOT NULL,
        drucksache TEXT NOT NULL,
        recorded_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE agreement_amendments (
        id TEXT PRIMARY KEY,
        case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        amended_on TEXT NOT NULL,
        reason TEXT NOT NULL,
        subject TEXT NOT NULL,
        changes TEXT NOT NULL,
        recorded_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE workshops (
        case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('strategie', 'zielvereinbarung')),
        held_on TEXT,
        participants TEXT NOT NULL DEFAULT '[]',
        priority_fields TEXT NOT NULL DEFAULT '[]',
        updated_at TEXT NOT NULL,
        PRIMARY KEY (case_id, kind)
      ) STRICT;

      CREATE TABLE implementation_reports (
        id TEXT PRIMARY KEY,
        case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        year INTEGER NOT NULL CHECK (year BETWEEN 1 AND 3),
        report_date TEXT NOT NULL,
        comment TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL,
        UNIQUE (case_id, year)
      ) STRICT;

      CREATE TABLE report_entries (
        report_id TEXT NOT NULL REFERENCES implementation_reports(id) ON DELETE CASCADE,
        measure_id TEXT NOT NULL REFERENCES measures(id) ON DELETE CASCADE,
        status TEXT NOT NULL CHECK (status IN ('geplant', 'begonnen', 'umgesetzt', 'verschoben', 'entfallen')),
        comment TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (report_id, measure_id)
      ) STRICT;
    `);
  },
};
