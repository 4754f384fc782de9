import type { Migration } from './migration';

export const migration002: Migration = {
  version: 2,
  name: 'catalogues and answers',
  up(db) {
    db.exec(`
      CREATE TABLE catalogues (
        id TEXT NOT NULL,
        version INTEGER NOT NULL,
        name TEXT NOT NULL,
        content TEXT NOT NULL,
        content_sha256 TEXT NOT NULL,
        source TEXT NOT NULL CHECK (source IN ('bundled', 'import')),
        installed_at TEXT NOT NULL,
        PRIMARY KEY (id, version)
      ) STRICT;

      ALTER TABLE cases RENAME COLUMN procedure_id TO catalogue_id;
      ALTER TABLE cases ADD COLUMN catalogue_version INTEGER NOT NULL DEFAULT 1;
      ALTER TABLE cases ADD COLUMN modules TEXT NOT NULL DEFAULT '[]';

      CREATE TABLE answers (
        case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        question_id TEXT NOT NULL,
        value TEXT,
        reference_date TEXT,
        comment TEXT NOT NULL DEFAULT '',
        source TEXT NOT NULL CHECK (source IN ('auditor', 'rathaus')),
        updated_at TEXT NOT NULL,
        PRIMARY KEY (case_id, question_id)
      ) STRICT;
    `);
  },
};
