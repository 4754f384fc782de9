import type { Migration } from './migration';

export const migration004: Migration = {
  version: 4,
  name: 'scoring',
  up(db) {
    db.exec(`
      CREATE TABLE criterion_ratings (
        case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        criterion_id TEXT NOT NULL,
        value INTEGER,
        not_ratable INTEGER NOT NULL DEFAULT 0 CHECK (not_ratable IN (0, 1)),
        justification TEXT NOT NULL DEFAULT '',
        evidence TEXT NOT NULL DEFAULT '[]',
        updated_at TEXT NOT NULL,
        PRIMARY KEY (case_id, criterion_id),
        CHECK (NOT (not_ratable = 1 AND value IS NOT NULL))
      ) STRICT;

      CREATE TABLE field_summaries (
        case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        field_id TEXT NOT NULL,
        summary TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL,
        PRIMARY KEY (case_id, field_id)
      ) STRICT;

      CREATE TABLE field_items (
        id TEXT PRIMARY KEY,
        case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        field_id TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('staerke', 'schwaeche', 'handlungsbedarf')),
        text TEXT NOT NULL,
        position INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX field_items_in_order ON field_items(case_id, field_id, kind, position);
    `);
  },
};
