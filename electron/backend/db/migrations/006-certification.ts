import type { Migration } from './migration';

export const migration006: Migration = {
  version: 6,
  name: 'certification assessment',
  up(db) {
    db.exec(`
      CREATE TABLE certification_ratings (
        case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        criterion_id TEXT NOT NULL,
        rating TEXT NOT NULL CHECK (rating IN ('erfuellt', 'teilweise', 'nicht_erfuellt', 'nicht_anwendbar')),
        justification TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL,
        PRIMARY KEY (case_id, criterion_id)
      ) STRICT;

      CREATE TABLE certification_decisions (
        case_id TEXT PRIMARY KEY REFERENCES cases(id) ON DELETE CASCADE,
        override_recommendation TEXT CHECK (override_recommendation IN ('erteilen', 'erteilen_mit_auflagen', 'noch_nicht_erteilen')),
        override_reason TEXT NOT NULL DEFAULT '',
        conditions TEXT NOT NULL DEFAULT '[]',
        certificate_date TEXT,
        finalized_at TEXT,
        updated_at TEXT NOT NULL,
        CHECK (override_recommendation IS NULL OR length(trim(override_reason)) > 0)
      ) STRICT;

      CREATE TABLE certification_reopenings (
        id TEXT PRIMARY KEY,
        case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        reason TEXT NOT NULL,
        reopened_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
