import type { Migration } from './migration';

export const migration013: Migration = {
  version: 13,
  name: 'the case motto, the project group, and participation events in place of the two workshops',
  up(db) {
    db.exec(`
      ALTER TABLE cases ADD COLUMN motto TEXT NOT NULL DEFAULT '';

      CREATE TABLE project_members (
        id TEXT PRIMARY KEY,
        case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        member_group TEXT NOT NULL CHECK (member_group IN ('gemeinderat', 'verwaltung', 'buergerschaft', 'wirtschaft', 'traeger', 'sonstige')),
        role TEXT NOT NULL DEFAULT '',
        contact TEXT NOT NULL DEFAULT '',
        member_from TEXT,
        member_until TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX project_members_by_case ON project_members(case_id);

      CREATE TABLE participation_events (
        id TEXT PRIMARY KEY,
        case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        format_id TEXT NOT NULL,
        title TEXT NOT NULL DEFAULT '',
        held_on TEXT,
        place TEXT NOT NULL DEFAULT '',
        moderation TEXT NOT NULL DEFAULT '',
        agenda TEXT NOT NULL DEFAULT '',
        -- JSON object: participants by group.
        participant_counts TEXT NOT NULL DEFAULT '{}',
        -- JSON array of { organisation, role }.
        organisations TEXT NOT NULL DEFAULT '[]',
        -- JSON array of field ids.
        priority_fields TEXT NOT NULL DEFAULT '[]',
        protocol TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX participation_events_by_case ON participation_events(case_id, held_on);

      -- The two workshops become events of the formats of the same ids (catalogue format 2 reads a
      -- format-1 catalogue's two workshops as these); a workshop with nothing recorded carried nothing.
      INSERT INTO participation_events (id, case_id, format_id, held_on, organisations, priority_fields, created_at, updated_at)
        SELECT
          lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' ||
            substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))),
          case_id, kind, held_on, participants, priority_fields, updated_at, updated_at
        FROM workshops
        WHERE held_on IS NOT NULL OR participants <> '[]' OR priority_fields <> '[]'
        ORDER BY case_id, kind;
      DROP TABLE workshops;
    `);
  },
};
