import type { Migration } from './migration';

export const migration011: Migration = {
  version: 11,
  name: 'cases keep a German sort key of their name, so the case list sorts and pages in SQL',
  up(db) {
    db.exec(`
      -- Filled by the app (db/name-sort-keys.ts) for every case whose key is empty: SQLite has no
      -- German collation, and a migration keeps no app code.
      ALTER TABLE cases ADD COLUMN name_sort_key TEXT NOT NULL DEFAULT '';
      -- With the status columns in the index, skipping to a later page (OFFSET) and counting the
      -- cases per status read no table rows.
      CREATE INDEX cases_by_name_sort_key ON cases(name_sort_key, id, deleted_at, archived_at);
    `);
  },
};
