import type { Migration } from './migration';

export const migration003: Migration = {
  version: 3,
  name: 'questionnaire imports',
  up(db) {
    db.exec(`
      CREATE TABLE questionnaire_imports (
        id TEXT PRIMARY KEY,
        case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        file_name TEXT NOT NULL,
        file_content BLOB NOT NULL,
        file_sha256 TEXT NOT NULL,
        imported_at TEXT NOT NULL,
        imported_by TEXT NOT NULL,
        applied INTEGER NOT NULL,
        summary TEXT NOT NULL
      ) STRICT;
      CREATE INDEX questionnaire_imports_by_case ON questionnaire_imports(case_id, imported_at);
    `);
  },
};
