import type { Migration } from './migration';

export const migration014: Migration = {
  version: 14,
  name: 'the Ideenspeicher: ideas and contributions with their field, source, status, votes and measure',
  up(db) {
    db.exec(`
      CREATE TABLE ideas (
        id TEXT PRIMARY KEY,
        case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        text TEXT NOT NULL,
        field_id TEXT NOT NULL,
        event_id TEXT REFERENCES participation_events(id) ON DELETE SET NULL,
        contributor_group TEXT,
        cluster TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'neu' CHECK (status IN ('neu', 'aufgenommen', 'zurueckgestellt', 'verworfen', 'uebernommen')),
        status_reason TEXT NOT NULL DEFAULT '',
        votes INTEGER NOT NULL DEFAULT 0 CHECK (votes >= 0),
        measure_id TEXT REFERENCES measures(id) ON DELETE SET NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX ideas_by_case ON ideas(case_id, field_id);
      CREATE INDEX ideas_by_event ON ideas(event_id);
      CREATE INDEX ideas_by_measure ON ideas(measure_id);
      -- An idea is taken over exactly while it is linked: when its measure is deleted (the foreign
      -- key sets it to NULL), it is back in the store.
      CREATE TRIGGER ideas_unlinked_when_measure_goes AFTER UPDATE OF measure_id ON ideas
        WHEN NEW.measure_id IS NULL AND NEW.status = 'uebernommen'
        BEGIN UPDATE ideas SET status = 'aufgenommen' WHERE id = NEW.id; END;
    `);
  },
};
