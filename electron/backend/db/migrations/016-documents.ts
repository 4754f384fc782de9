import type { Migration } from './migration';

export const migration016: Migration = {
  version: 16,
  name: 'documents (Nachweise) with their content hash, and the places they are attached to',
  up(db) {
    db.exec(`
      -- A document's bytes live content-addressed beside the database (nachweise/<sha256>); the
      -- row says what it is. The type is the one found in its content, never the name's.
      CREATE TABLE documents (
        id TEXT PRIMARY KEY,
        case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        title TEXT NOT NULL CHECK (length(trim(title)) > 0),
        document_date TEXT,
        description TEXT NOT NULL DEFAULT '',
        file_name TEXT NOT NULL,
        document_type TEXT NOT NULL CHECK (document_type IN ('pdf', 'docx', 'xlsx', 'odt', 'ods', 'png', 'jpeg', 'text')),
        size INTEGER NOT NULL CHECK (size > 0),
        sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
        added_by TEXT NOT NULL,
        added_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX documents_by_case ON documents(case_id);
      CREATE INDEX documents_by_hash ON documents(sha256);
      CREATE TABLE document_links (
        id TEXT PRIMARY KEY,
        document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        place TEXT NOT NULL,
        created_at TEXT NOT NULL,
        UNIQUE (document_id, place)
      ) STRICT;
    `);
  },
};
