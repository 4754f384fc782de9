import BetterSqlite3, { type Database } from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/backend/db/database-factory';
import { MIGRATIONS } from '../../electron/backend/db/migrations';
import { tempDir } from '../helpers/temp-dir';

/** The one case most migrations need, in the columns every version from 2 on has. */
function seedCase(db: Database): void {
  db.prepare(
    `INSERT INTO cases (id, municipality_name, ags, kind, bundesland, catalogue_id, audit_round, created_at, updated_at)
     VALUES ('a', 'Musterstadt', '05711000', 'kommune', '05', 'audit-familiengerechte-kommune', 'erstaudit', 't', 't')`,
  ).run();
}

/**
 * Every migration gets a case here: seed data at the version before it, migrate, and check
 * that the data survived and the new schema is in place. A migration without a case fails.
 */
const CASES: Record<number, { seed(db: Database): void; check(db: Database): void }> = {
  16: {
    seed(db) {
      seedCase(db);
    },
    check(db) {
      const hash = 'a'.repeat(64);
      const insert = db.prepare("INSERT INTO documents (id, case_id, title, file_name, document_type, size, sha256, added_by, added_at) VALUES (?, 'a', ?, 'x.pdf', ?, ?, ?, 'Prüferin', 't')");
      insert.run('d', 'Ratsbeschluss', 'pdf', 10, hash);
      expect(() => insert.run('e', ' ', 'pdf', 10, hash)).toThrow(/CHECK/);
      expect(() => insert.run('f', 'Programm', 'exe', 10, hash)).toThrow(/CHECK/);
      expect(() => insert.run('g', 'Leer', 'pdf', 0, hash)).toThrow(/CHECK/);
      const link = db.prepare("INSERT INTO document_links (id, document_id, place, created_at) VALUES (?, 'd', ?, 't')");
      link.run('l1', 'case');
      expect(() => link.run('l2', 'case')).toThrow(/UNIQUE/);
      // Links go with their document, documents with their case.
      db.pragma('foreign_keys = ON');
      db.prepare("DELETE FROM cases WHERE id = 'a'").run();
      expect(db.prepare('SELECT (SELECT count(*) FROM documents) + (SELECT count(*) FROM document_links) AS n').get()).toEqual({ n: 0 });
    },
  },
  15: {
    seed(db) {
      seedCase(db);
    },
    check(db) {
      // Versions are numbered per case from 1, never twice, and go with their case.
      const insert = db.prepare("INSERT INTO concept_versions (id, case_id, number, concept_name, version_date, exported_at) VALUES (?, 'a', ?, 'Strategiekonzept', '2026-12-04', 't')");
      insert.run('v1', 1);
      expect(() => insert.run('v2', 1)).toThrow(/UNIQUE/);
      expect(() => insert.run('v0', 0)).toThrow(/CHECK/);
      db.pragma('foreign_keys = ON');
      db.prepare("DELETE FROM cases WHERE id = 'a'").run();
      expect(db.prepare('SELECT count(*) AS n FROM concept_versions').get()).toEqual({ n: 0 });
    },
  },
  14: {
    seed(db) {
      seedCase(db);
      db.prepare("INSERT INTO participation_events (id, case_id, format_id, created_at, updated_at) VALUES ('e', 'a', 'zukunftswerkstatt', 't', 't')").run();
    },
    check(db) {
      // The events stay; an idea keeps its source, and loses it (not itself) when the event goes.
      db.prepare("INSERT INTO ideas (id, case_id, text, field_id, event_id, votes, created_at, updated_at) VALUES ('i', 'a', 'Bürgerbus', 'hf5', 'e', 3, 't', 't')").run();
      expect(db.prepare("SELECT status, votes, measure_id FROM ideas WHERE id = 'i'").get()).toEqual({ status: 'neu', votes: 3, measure_id: null });
      expect(() => db.prepare("UPDATE ideas SET votes = -1 WHERE id = 'i'").run()).toThrow(/CHECK/);
      expect(() => db.prepare("UPDATE ideas SET status = 'vielleicht' WHERE id = 'i'").run()).toThrow(/CHECK/);
      db.pragma('foreign_keys = ON');
      db.prepare("DELETE FROM participation_events WHERE id = 'e'").run();
      expect(db.prepare("SELECT event_id FROM ideas WHERE id = 'i'").get()).toEqual({ event_id: null });
      // A taken-over idea whose measure is deleted is back in the store, not taken over by nothing.
      db.prepare("INSERT INTO strategic_goals (id, case_id, field_id, title, position, created_at, updated_at) VALUES ('s', 'a', 'hf5', 'S', 0, 't', 't')").run();
      db.prepare("INSERT INTO goals (id, case_id, strategic_goal_id, title, position, created_at, updated_at) VALUES ('g', 'a', 's', 'G', 0, 't', 't')").run();
      db.prepare("INSERT INTO measures (id, case_id, goal_id, position, title, priority, created_at, updated_at) VALUES ('m', 'a', 'g', 0, 'M', 'hoch', 't', 't')").run();
      db.prepare("UPDATE ideas SET measure_id = 'm', status = 'uebernommen' WHERE id = 'i'").run();
      db.prepare("DELETE FROM measures WHERE id = 'm'").run();
      expect(db.prepare("SELECT status, measure_id FROM ideas WHERE id = 'i'").get()).toEqual({ status: 'aufgenommen', measure_id: null });
    },
  },
  13: {
    seed(db) {
      seedCase(db);
      db.prepare("INSERT INTO cases (id, municipality_name, ags, kind, bundesland, catalogue_id, audit_round, created_at, updated_at) VALUES ('b', 'Leerstadt', '05711000', 'kommune', '05', 'bw-managementverfahren', 'erstaudit', 't', 't')").run();
      const workshop = db.prepare('INSERT INTO workshops (case_id, kind, held_on, participants, priority_fields, updated_at) VALUES (?, ?, ?, ?, ?, ?)');
      workshop.run('a', 'strategie', '2026-02-01', JSON.stringify([{ organisation: 'Jugendamt', role: 'Leitung' }]), JSON.stringify(['hf2', 'hf4']), '2026-02-02T10:00:00.000Z');
      workshop.run('a', 'zielvereinbarung', null, JSON.stringify([{ organisation: 'Rathaus', role: '' }]), '[]', '2026-04-01T10:00:00.000Z');
      // Saved once and never filled in: it carries nothing.
      workshop.run('b', 'strategie', null, '[]', '[]', '2026-01-01T10:00:00.000Z');
    },
    check(db) {
      // Each workshop with something recorded is an event of the format of its kind, with all it held.
      const events = db.prepare('SELECT id, case_id, format_id, held_on, organisations, priority_fields, participant_counts, protocol, created_at, updated_at FROM participation_events ORDER BY format_id').all() as Record<string, unknown>[];
      expect(events.map(({ id: _id, ...rest }) => rest)).toEqual([
        { case_id: 'a', format_id: 'strategie', held_on: '2026-02-01', organisations: JSON.stringify([{ organisation: 'Jugendamt', role: 'Leitung' }]), priority_fields: JSON.stringify(['hf2', 'hf4']), participant_counts: '{}', protocol: '', created_at: '2026-02-02T10:00:00.000Z', updated_at: '2026-02-02T10:00:00.000Z' },
        { case_id: 'a', format_id: 'zielvereinbarung', held_on: null, organisations: JSON.stringify([{ organisation: 'Rathaus', role: '' }]), priority_fields: '[]', participant_counts: '{}', protocol: '', created_at: '2026-04-01T10:00:00.000Z', updated_at: '2026-04-01T10:00:00.000Z' },
      ]);
      for (const event of events) expect(String(event.id)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'workshops'").all()).toEqual([]);
      expect(db.prepare("SELECT motto FROM cases WHERE id = 'a'").get()).toEqual({ motto: '' });
      db.prepare("INSERT INTO project_members (id, case_id, name, member_group, created_at, updated_at) VALUES ('m', 'a', 'Anna Beispiel', 'verwaltung', 't', 't')").run();
      expect(() => db.prepare("INSERT INTO project_members (id, case_id, name, member_group, created_at, updated_at) VALUES ('n', 'a', 'X', 'presse', 't', 't')").run()).toThrow(/CHECK/);
    },
  },
  12: {
    seed(db) {
      seedCase(db);
    },
    check(db) {
      // The case's logged rows stay; a row's last entry is found by the index, not by reading the case's whole log.
      expect(db.prepare("SELECT COUNT(*) AS n FROM change_log WHERE case_id = 'a' AND table_name = 'cases' AND operation = 'insert'").get()).toEqual({ n: 1 });
      const plan = (db.prepare("EXPLAIN QUERY PLAN SELECT new_values FROM change_log WHERE case_id = 'a' AND row_key = '[\"g\"]' ORDER BY seq DESC LIMIT 1").all() as { detail: string }[]).map((step) => step.detail).join(' ');
      expect(plan).toMatch(/USING (COVERING )?INDEX change_log_by_row/);
      expect(plan).not.toMatch(/TEMP B-TREE/);
    },
  },
  11: {
    seed(db) {
      seedCase(db);
      db.prepare("UPDATE cases SET municipality_name = 'Überlingen' WHERE id = 'a'").run();
    },
    check(db) {
      // The case keeps its name and gets its German sort key when the app opens the database.
      expect(db.prepare("SELECT municipality_name, name_sort_key FROM cases WHERE id = 'a'").get()).toEqual({ municipality_name: 'Überlingen', name_sort_key: 'uberlingen' });
      const plan = (sql: string) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((step) => step.detail).join(' ');
      // A page of the active list in German order, and the counts per status, read the index and sort nothing.
      const page = plan('SELECT * FROM cases WHERE deleted_at IS NULL AND archived_at IS NULL ORDER BY name_sort_key DESC, id DESC LIMIT 100 OFFSET 1000');
      expect(page).toMatch(/USING INDEX cases_by_name_sort_key/);
      expect(page).not.toMatch(/TEMP B-TREE/);
      expect(plan('SELECT SUM(deleted_at IS NULL AND archived_at IS NULL) FROM cases')).toMatch(/COVERING INDEX cases_by_name_sort_key/);
    },
  },
  10: {
    seed(db) {
      seedCase(db);
      db.prepare("INSERT INTO strategic_goals (id, case_id, field_id, title, position, created_at, updated_at) VALUES ('s', 'a', 'hf1', 'S', 0, 't', 't')").run();
      db.prepare("INSERT INTO goals (id, case_id, strategic_goal_id, title, position, created_at, updated_at) VALUES ('g', 'a', 's', 'G', 0, 't', 't')").run();
      db.prepare("INSERT INTO measures (id, case_id, goal_id, position, title, priority, created_at, updated_at) VALUES ('m', 'a', 'g', 0, 'M', 'hoch', 't', 't')").run();
    },
    check(db) {
      // The rows stay; a case's goals and measures are found by index, not by scanning all cases'.
      expect(db.prepare("SELECT id FROM measures WHERE case_id = 'a' ORDER BY position").all()).toEqual([{ id: 'm' }]);
      const plan = (sql: string) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((step) => step.detail).join(' ');
      expect(plan("SELECT * FROM measures WHERE case_id = 'a' ORDER BY position")).toMatch(/USING INDEX measures_by_case/);
      expect(plan("SELECT * FROM goals WHERE case_id = 'a' ORDER BY position")).toMatch(/USING INDEX goals_by_case/);
      expect(plan("SELECT * FROM report_entries WHERE measure_id = 'm'")).toMatch(/USING INDEX report_entries_by_measure/);
    },
  },
  9: {
    seed(db) {
      seedCase(db);
    },
    check(db) {
      // A new table of case data: logged like the others, gone with its case.
      db.prepare("INSERT INTO questionnaire_exports (id, case_id, exported_at, exported_answers) VALUES ('e', 'a', 't', '{}')").run();
      expect(db.prepare("SELECT COUNT(*) AS n FROM change_log WHERE table_name = 'questionnaire_exports'").get()).toEqual({ n: 1 });
      db.prepare("DELETE FROM cases WHERE id = 'a'").run();
      expect(db.prepare('SELECT COUNT(*) AS n FROM questionnaire_exports').get()).toEqual({ n: 0 });
    },
  },
  8: {
    seed(db) {
      db.prepare("INSERT INTO change_log (case_id, table_name, row_key, operation, new_values, changed_at, user_profile) VALUES ('a', 'cases', '[\"a\"]', 'insert', '{}', '2026-01-01T00:00:00.000Z', 'a.pruefer')").run();
    },
    check(db) {
      // Entries recorded before keep their values and count as recorded here; the log stays append-only.
      expect(db.prepare('SELECT user_profile, origin FROM change_log').all()).toEqual([{ user_profile: 'a.pruefer', origin: null }]);
      db.prepare("INSERT INTO change_log (case_id, table_name, row_key, operation, new_values, changed_at, user_profile, origin) VALUES ('a', 'cases', '[\"a\"]', 'insert', '{}', '2026-01-02T00:00:00.000Z', 'b', 'Übergabedatei')").run();
      expect(() => db.prepare("UPDATE change_log SET origin = NULL").run()).toThrow(/kann nicht geändert werden/);
    },
  },
  7: {
    seed(db) {
      seedCase(db);
    },
    check(db) {
      // Data from before the log stays, unlogged; from now on every change of case data is logged.
      expect(db.prepare("SELECT municipality_name FROM cases WHERE id = 'a'").get()).toEqual({ municipality_name: 'Musterstadt' });
      expect(db.prepare('SELECT COUNT(*) AS n FROM change_log').get()).toEqual({ n: 0 });
      db.prepare("UPDATE cases SET municipality_name = 'Neustadt' WHERE id = 'a'").run();
      db.prepare("UPDATE cases SET municipality_name = 'Neustadt' WHERE id = 'a'").run();
      const entries = db.prepare('SELECT case_id, table_name, operation, old_values, new_values FROM change_log').all() as { old_values: string; new_values: string }[];
      expect(entries).toHaveLength(1);
      expect(entries[0]).toMatchObject({ case_id: 'a', table_name: 'cases', operation: 'update' });
      expect(JSON.parse(entries[0]!.old_values)).toMatchObject({ municipality_name: 'Musterstadt' });
      expect(JSON.parse(entries[0]!.new_values)).toMatchObject({ municipality_name: 'Neustadt' });
      expect(() => db.prepare("UPDATE change_log SET user_profile = 'x'").run()).toThrow(/kann nicht geändert werden/);
      expect(() => db.prepare('DELETE FROM change_log').run()).toThrow(/können nicht gelöscht werden/);
      db.prepare("DELETE FROM cases WHERE id = 'a'").run();
      expect(db.prepare("SELECT COUNT(*) AS n FROM change_log WHERE operation = 'delete' AND case_id = 'a'").get()).toEqual({ n: 1 });
    },
  },
  6: {
    seed(db) {
      seedCase(db);
      db.prepare("INSERT INTO agreement_resolutions (case_id, resolution_date, drucksache, recorded_at) VALUES ('a', '2026-03-01', 'DS 1', 't')").run();
    },
    check(db) {
      expect(db.prepare("SELECT drucksache FROM agreement_resolutions WHERE case_id = 'a'").get()).toEqual({ drucksache: 'DS 1' });
      db.prepare("INSERT INTO certification_ratings (case_id, criterion_id, rating, updated_at) VALUES ('a', 'zk.inhalt.1', 'teilweise', 't')").run();
      expect(() => db.prepare("INSERT INTO certification_decisions (case_id, override_recommendation, updated_at) VALUES ('a', 'erteilen', 't')").run()).toThrow(/CHECK/);
      db.prepare("INSERT INTO certification_decisions (case_id, override_recommendation, override_reason, updated_at) VALUES ('a', 'erteilen', 'Sondervotum', 't')").run();
      db.prepare("DELETE FROM cases WHERE id = 'a'").run();
      expect(db.prepare('SELECT (SELECT COUNT(*) FROM certification_ratings) + (SELECT COUNT(*) FROM certification_decisions) AS n').get()).toEqual({ n: 0 });
    },
  },
  5: {
    seed(db) {
      seedCase(db);
      db.prepare("INSERT INTO field_items (id, case_id, field_id, kind, text, position, created_at, updated_at) VALUES ('i', 'a', 'hf2', 'schwaeche', 'Zu wenig U3-Plätze', 0, 't', 't')").run();
    },
    check(db) {
      expect(db.prepare("SELECT text FROM field_items WHERE id = 'i'").get()).toEqual({ text: 'Zu wenig U3-Plätze' });
      db.prepare("INSERT INTO strategic_goals (id, case_id, field_id, title, position, created_at, updated_at) VALUES ('s', 'a', 'hf2', 'S', 0, 't', 't')").run();
      db.prepare("INSERT INTO goals (id, case_id, strategic_goal_id, title, position, created_at, updated_at) VALUES ('g', 'a', 's', 'G', 0, 't', 't')").run();
      db.prepare("INSERT INTO measures (id, case_id, goal_id, position, title, priority, budget_cents, created_at, updated_at) VALUES ('m', 'a', 'g', 0, 'M', 'hoch', 500000, 't', 't')").run();
      expect(() => db.prepare("INSERT INTO measures (id, case_id, goal_id, position, title, priority, created_at, updated_at) VALUES ('n', 'a', 'g', 1, 'N', 'dringend', 't', 't')").run()).toThrow(/CHECK/);
      db.prepare("INSERT INTO implementation_reports (id, case_id, year, report_date, updated_at) VALUES ('r', 'a', 1, '2027-03-01', 't')").run();
      db.prepare("INSERT INTO report_entries (report_id, measure_id, status) VALUES ('r', 'm', 'begonnen')").run();
      expect(() => db.prepare("INSERT INTO implementation_reports (id, case_id, year, report_date, updated_at) VALUES ('r4', 'a', 4, '2030-03-01', 't')").run()).toThrow(/CHECK/);
      db.prepare("DELETE FROM strategic_goals WHERE id = 's'").run();
      expect(db.prepare('SELECT (SELECT COUNT(*) FROM measures) + (SELECT COUNT(*) FROM report_entries) AS n').get()).toEqual({ n: 0 });
    },
  },
  4: {
    seed(db) {
      seedCase(db);
    },
    check(db) {
      db.prepare("INSERT INTO criterion_ratings (case_id, criterion_id, value, updated_at) VALUES ('a', 'hf1.k1', 3, 't')").run();
      expect(() => db.prepare("INSERT INTO criterion_ratings (case_id, criterion_id, value, not_ratable, updated_at) VALUES ('a', 'hf1.k2', 3, 1, 't')").run()).toThrow(/CHECK/);
      db.prepare("INSERT INTO field_items (id, case_id, field_id, kind, text, position, created_at, updated_at) VALUES ('i', 'a', 'hf1', 'staerke', 'Gute Vernetzung', 0, 't', 't')").run();
      expect(() => db.prepare("INSERT INTO field_items (id, case_id, field_id, kind, text, position, created_at, updated_at) VALUES ('j', 'a', 'hf1', 'chance', 'x', 1, 't', 't')").run()).toThrow(/CHECK/);
      db.prepare("DELETE FROM cases WHERE id = 'a'").run();
      expect(db.prepare('SELECT (SELECT COUNT(*) FROM criterion_ratings) + (SELECT COUNT(*) FROM field_items) AS n').get()).toEqual({ n: 0 });
    },
  },
  3: {
    seed(db) {
      seedCase(db);
      db.prepare("INSERT INTO answers (case_id, question_id, value, source, updated_at) VALUES ('a', 'q1', '5', 'rathaus', 't')").run();
    },
    check(db) {
      expect(db.prepare("SELECT value, source FROM answers WHERE case_id = 'a'").get()).toEqual({ value: '5', source: 'rathaus' });
      db.prepare(
        `INSERT INTO questionnaire_imports (id, case_id, file_name, file_content, file_sha256, imported_at, imported_by, applied, summary)
         VALUES ('i', 'a', 'x.xlsx', ?, 'h', 't', 'u', 1, '{}')`,
      ).run(Buffer.from([1, 2, 3]));
      expect(db.prepare("SELECT file_content FROM questionnaire_imports WHERE id = 'i'").get()).toEqual({ file_content: Buffer.from([1, 2, 3]) });
      db.prepare("DELETE FROM cases WHERE id = 'a'").run();
      expect(db.prepare('SELECT COUNT(*) AS n FROM questionnaire_imports').get()).toEqual({ n: 0 });
    },
  },
  2: {
    seed(db) {
      db.prepare(
        `INSERT INTO cases (id, municipality_name, ags, kind, bundesland, procedure_id, audit_round, created_at, updated_at)
         VALUES ('a', 'Musterstadt', '05711000', 'kommune', '05', 'audit-familiengerechte-kommune', 'erstaudit', 't', 't')`,
      ).run();
      db.prepare("INSERT INTO case_phases (case_id, phase_key, position, actual_start) VALUES ('a', 'start-mandat', 0, '2026-01-01')").run();
    },
    check(db) {
      expect(db.prepare("SELECT municipality_name, catalogue_id, catalogue_version, modules FROM cases WHERE id = 'a'").get()).toEqual({
        municipality_name: 'Musterstadt',
        catalogue_id: 'audit-familiengerechte-kommune',
        catalogue_version: 1,
        modules: '[]',
      });
      expect(db.prepare("SELECT actual_start FROM case_phases WHERE case_id = 'a'").get()).toEqual({ actual_start: '2026-01-01' });
      db.prepare("INSERT INTO answers (case_id, question_id, value, source, updated_at) VALUES ('a', 'q1', '5', 'auditor', 't')").run();
      expect(() => db.prepare("INSERT INTO answers (case_id, question_id, value, source, updated_at) VALUES ('a', 'q2', '5', 'nachbar', 't')").run()).toThrow(/CHECK/);
      db.prepare("DELETE FROM cases WHERE id = 'a'").run();
      expect(db.prepare('SELECT COUNT(*) AS n FROM answers').get()).toEqual({ n: 0 });
    },
  },
  1: {
    seed: () => undefined,
    check(db) {
      const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all();
      expect(tables).toEqual(expect.arrayContaining([{ name: 'app_meta' }, { name: 'case_phases' }, { name: 'cases' }]));
      db.prepare(
        `INSERT INTO cases (id, municipality_name, ags, kind, bundesland, procedure_id, audit_round, created_at, updated_at)
         VALUES ('a', 'A', '05711000', 'kommune', '05', 'p', 'erstaudit', 't', 't')`,
      ).run();
      db.prepare("INSERT INTO case_phases (case_id, phase_key, position) VALUES ('a', 'start', 0)").run();
      db.prepare("DELETE FROM cases WHERE id = 'a'").run();
      expect(db.prepare('SELECT COUNT(*) AS n FROM case_phases').get()).toEqual({ n: 0 });
      expect(() =>
        db.prepare(
          `INSERT INTO cases (id, municipality_name, ags, kind, bundesland, procedure_id, audit_round, created_at, updated_at)
           VALUES ('b', 'B', '123', 'kommune', '05', 'p', 'erstaudit', 't', 't')`,
        ).run(),
      ).toThrow(/CHECK constraint/);
    },
  },
};

describe('migrations', () => {
  it('are numbered 1..N in order', () => {
    expect(MIGRATIONS.map((migration) => migration.version)).toEqual(MIGRATIONS.map((_, index) => index + 1));
  });

  it.each(MIGRATIONS.map((migration) => [migration.version, migration.name] as const))('migration %i (%s) keeps data and applies', async (version) => {
    const testCase = CASES[version];
    expect(testCase, `migration ${version} needs a test case in migrations.test.ts`).toBeDefined();
    const file = join(tempDir(), 'db.sqlite');
    if (version > 1) {
      const before = openDatabase({ file, appVersion: 'test', migrations: MIGRATIONS.slice(0, version - 1) });
      testCase!.seed(before.sqlite);
      await before.close();
    }
    const after = openDatabase({ file, appVersion: 'test', migrations: MIGRATIONS.slice(0, version) });
    await after.close();
    const db = new BetterSqlite3(file);
    db.pragma('foreign_keys = ON');
    expect(db.pragma('user_version', { simple: true })).toBe(version);
    testCase!.check(db);
    db.close();
  });
});
