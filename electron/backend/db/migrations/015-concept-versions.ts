import type { Migration } from './migration';

export const migration015: Migration = {
  version: 15,
  name: 'each exported Strategie- or Handlungskonzept as a numbered version of its case',
  up(db) {
    db.exec(`
      CREATE TABLE concept_versions (
        id TEXT PRIMARY KEY,
        case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        number INTEGER NOT NULL CHECK (number >= 1),
        concept_name TEXT NOT NULL,
        version_date TEXT NOT NULL,
        exported_at TEXT NOT NULL,
        UNIQUE (case_id, number)
      ) STRICT;
    `);
  },
};
