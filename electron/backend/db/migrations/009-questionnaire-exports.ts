import type { Migration } from './migration';

export const migration009: Migration = {
  version: 9,
  name: 'what each exported questionnaire template contained',
  up(db) {
    db.exec(`
      -- The answers prefilled into one exported template, so that an import can tell a cell the
      -- Rathaus left as it was from one it changed.
      CREATE TABLE questionnaire_exports (
        id TEXT PRIMARY KEY,
        case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        exported_at TEXT NOT NULL,
        -- JSON object: question id → { value, referenceDate, comment } as written into the template.
        exported_answers TEXT NOT NULL
      );
      CREATE INDEX questionnaire_exports_by_case ON questionnaire_exports(case_id);
    `);
  },
};
