import type { Database } from 'better-sqlite3';
import { nameSortKeyOf } from '../../../electron/backend/db/name-sort-keys';

const CASE = 'c0ffee00-0000-4000-8000-000000000001';
const T = '2025-05-01T08:00:00.000Z';
const PHASES = ['start-mandat', 'ist-analyse', 'analyse-strategie', 'beteiligung', 'ziele-massnahmen', 'ratsbeschluss', 'zertifizierung', 'umsetzung', 're-audit'];

export const SEEDED_CASE_ID = CASE;

/**
 * Data as an earlier app version wrote it, per schema version: each entry fills the tables that
 * version introduced, in the columns they had then. A database at version v gets entries 1..v.
 */
const FILLERS: Record<number, (db: Database, atVersion: number) => void> = {
  1(db, atVersion) {
    const catalogueColumn = atVersion === 1 ? 'procedure_id' : 'catalogue_id';
    db.prepare(
      `INSERT INTO cases (id, municipality_name, ags, kind, bundesland, population, ${catalogueColumn}, audit_round, auditor, lead_name, notes, created_at, updated_at)
       VALUES (?, 'Altstadt an der Weser', '05711000', 'kommune', '05', 41200, 'audit-familiengerechte-kommune', 'erstaudit', 'A. Prüferin', 'Frau Leitung', 'Notiz aus v1', ?, ?)`,
    ).run(CASE, T, T);
    const phase = db.prepare('INSERT INTO case_phases (case_id, phase_key, position, planned_start, actual_start, note) VALUES (?, ?, ?, ?, ?, ?)');
    PHASES.forEach((key, position) => phase.run(CASE, key, position, position === 0 ? '2025-05-01' : null, position === 0 ? '2025-05-02' : null, position === 0 ? 'Auftakt im Rathaus' : ''));
  },
  2(db) {
    db.prepare("INSERT INTO answers (case_id, question_id, value, comment, source, updated_at) VALUES (?, 'hf1.projektleitung', ?, 'Antwort aus v2', 'auditor', ?)").run(CASE, JSON.stringify('Frau Beispiel'), T);
  },
  3(db) {
    db.prepare(
      `INSERT INTO questionnaire_imports (id, case_id, file_name, file_content, file_sha256, imported_at, imported_by, applied, summary)
       VALUES ('c0ffee00-0000-4000-8000-000000000101', ?, 'Fragebogen_Altstadt.xlsx', ?, 'abc', ?, 'A. Prüferin', 1, '{"counts":{"new":1,"changed":0,"unchanged":0,"conflicts":0},"applied":["hf1.projektleitung"],"skippedConflicts":[]}')`,
    ).run(CASE, Buffer.from('PK-Altdatei'), T);
  },
  4(db) {
    db.prepare("INSERT INTO criterion_ratings (case_id, criterion_id, value, justification, updated_at) VALUES (?, 'hf1.k1', 3, 'Bewertung aus v4', ?)").run(CASE, T);
    db.prepare("INSERT INTO field_summaries (case_id, field_id, summary, updated_at) VALUES (?, 'hf1', 'Zusammenfassung aus v4', ?)").run(CASE, T);
    db.prepare("INSERT INTO field_items (id, case_id, field_id, kind, text, position, created_at, updated_at) VALUES ('c0ffee00-0000-4000-8000-000000000102', ?, 'hf1', 'staerke', 'Stärke aus v4', 0, ?, ?)").run(CASE, T, T);
  },
  5(db, atVersion) {
    db.prepare("INSERT INTO strategic_goals (id, case_id, field_id, title, position, created_at, updated_at) VALUES ('c0ffee00-0000-4000-8000-000000000103', ?, 'hf1', 'Strategisches Ziel aus v5', 0, ?, ?)").run(CASE, T, T);
    db.prepare("INSERT INTO goals (id, case_id, strategic_goal_id, title, position, created_at, updated_at) VALUES ('c0ffee00-0000-4000-8000-000000000104', ?, 'c0ffee00-0000-4000-8000-000000000103', 'Ziel aus v5', 0, ?, ?)").run(CASE, T, T);
    db.prepare(
      `INSERT INTO measures (id, case_id, goal_id, position, title, responsible_unit, start_month, end_month, budget_cents, priority, created_at, updated_at)
       VALUES ('c0ffee00-0000-4000-8000-000000000105', ?, 'c0ffee00-0000-4000-8000-000000000104', 0, 'Maßnahme aus v5', 'Jugendamt', '2025-09', '2026-12', 1250000, 'hoch', ?, ?)`,
    ).run(CASE, T, T);
    db.prepare("INSERT INTO agreement_resolutions (case_id, resolution_date, drucksache, recorded_at) VALUES (?, '2025-09-15', 'DS 2025/117', ?)").run(CASE, T);
    // Schema 13 moved the workshops into participation events (migration 013).
    if (atVersion < 13) db.prepare("INSERT INTO workshops (case_id, kind, held_on, participants, updated_at) VALUES (?, 'strategie', '2025-07-01', ?, ?)").run(CASE, JSON.stringify([{ organisation: 'Rathaus', role: 'Bürgermeisterin' }]), T);
    else db.prepare("INSERT INTO participation_events (id, case_id, format_id, held_on, organisations, created_at, updated_at) VALUES ('c0ffee00-0000-4000-8000-000000000107', ?, 'strategie', '2025-07-01', ?, ?, ?)").run(CASE, JSON.stringify([{ organisation: 'Rathaus', role: 'Bürgermeisterin' }]), T, T);
    db.prepare("INSERT INTO implementation_reports (id, case_id, year, report_date, comment, updated_at) VALUES ('c0ffee00-0000-4000-8000-000000000106', ?, 1, '2026-09-15', 'Bericht aus v5', ?)").run(CASE, T);
    db.prepare("INSERT INTO report_entries (report_id, measure_id, status, comment) VALUES ('c0ffee00-0000-4000-8000-000000000106', 'c0ffee00-0000-4000-8000-000000000105', 'begonnen', 'läuft')").run();
  },
  6(db) {
    db.prepare("INSERT INTO certification_ratings (case_id, criterion_id, rating, justification, updated_at) VALUES (?, 'zk.inhalt.1', 'erfuellt', 'Begründung aus v6', ?)").run(CASE, T);
    db.prepare("INSERT INTO certification_decisions (case_id, conditions, updated_at) VALUES (?, '[]', ?)").run(CASE, T);
  },
  // From version 11 on the app writes each case's sort key with its name.
  11(db) {
    db.prepare('UPDATE cases SET name_sort_key = ? WHERE id = ?').run(nameSortKeyOf('Altstadt an der Weser'), CASE);
  },
};

/** What the app must still show after the upgrade, per version the data was written in. */
export const VISIBLE_AFTER_UPGRADE: Record<number, { method: 'cases.get' | 'questionnaire.get' | 'scoring.get' | 'goals.get' | 'certification.get'; texts: string[] }[]> = {
  1: [{ method: 'cases.get', texts: ['Altstadt an der Weser', 'Notiz aus v1', 'Auftakt im Rathaus'] }],
  2: [{ method: 'questionnaire.get', texts: ['Frau Beispiel', 'Antwort aus v2'] }],
  3: [],
  4: [{ method: 'scoring.get', texts: ['Zusammenfassung aus v4', 'Stärke aus v4', 'Bewertung aus v4'] }],
  5: [{ method: 'goals.get', texts: ['Strategisches Ziel aus v5', 'Maßnahme aus v5', 'DS 2025/117', 'Bericht aus v5'] }],
  6: [{ method: 'certification.get', texts: ['Begründung aus v6'] }],
};

export function fillAsVersion(db: Database, version: number): void {
  for (let k = 1; k <= version; k += 1) FILLERS[k]?.(db, version);
}

/** Every row of every table, with the columns it had, so that nothing can go missing unnoticed. */
export function snapshotRows(db: Database): Map<string, Record<string, unknown>[]> {
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[];
  return new Map(tables.map((table) => [table, db.prepare(`SELECT * FROM "${table}" ORDER BY rowid`).all() as Record<string, unknown>[]]));
}

/** Tables a migration replaced: old table → the table its rows live in now, with its columns' new names. */
export const MOVED_TABLES: Record<string, { to: string; columns: Record<string, string> }> = {
  workshops: { to: 'participation_events', columns: { kind: 'format_id', participants: 'organisations' } },
};

/** Columns that migrations renamed: table → old name → new name. */
export const RENAMED_COLUMNS: Record<string, Record<string, string>> = { cases: { procedure_id: 'catalogue_id' } };
