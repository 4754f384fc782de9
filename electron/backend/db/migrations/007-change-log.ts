import type { Migration } from './migration';

export const migration007: Migration = {
  version: 7,
  name: 'append-only change log',
  up(db) {
    db.exec(`
      -- No foreign key to cases: the history of a case outlives the case.
      CREATE TABLE change_log (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        case_id TEXT,
        table_name TEXT NOT NULL,
        row_key TEXT NOT NULL,
        operation TEXT NOT NULL CHECK (operation IN ('insert', 'update', 'delete')),
        old_values TEXT,
        new_values TEXT,
        changed_at TEXT NOT NULL,
        user_profile TEXT NOT NULL
      ) STRICT;

      CREATE INDEX change_log_case ON change_log(case_id, seq);

      CREATE TRIGGER change_log_no_update BEFORE UPDATE ON change_log
      BEGIN
        SELECT RAISE(ABORT, 'Das Änderungsprotokoll kann nicht geändert werden.');
      END;

      CREATE TRIGGER change_log_no_delete BEFORE DELETE ON change_log
      BEGIN
        SELECT RAISE(ABORT, 'Einträge im Änderungsprotokoll können nicht gelöscht werden.');
      END;
    `);
  },
};
