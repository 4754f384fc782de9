import BetterSqlite3 from 'better-sqlite3';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { corruptTable } from '../../helpers/corrupt';

/** Ids inside the source backup, for changes that reach from one of its cases into the other. */
export interface BackupIds {
  caseA: string;
  caseB: string;
  reportA: string;
  measureB: string;
  itemB: string;
}

interface HostileBackup {
  name: string;
  /** Writes the hostile file into `dir` from the clean backup and returns its path. */
  make: (clean: string, dir: string) => string;
}

/** A change made with plain SQL on a copy of a clean backup, with no rule of the app in the way. */
function edited(name: string, sql: (ids: BackupIds) => string, ids: BackupIds): HostileBackup {
  return {
    name,
    make(clean, dir) {
      const file = join(dir, `${name.replace(/[^A-Za-z0-9]+/g, '-')}.sqlite`);
      copyFileSync(clean, file);
      const sqlite = new BetterSqlite3(file);
      sqlite.pragma('foreign_keys = OFF');
      sqlite.exec(sql(ids));
      sqlite.pragma('journal_mode = DELETE');
      sqlite.close();
      return file;
    },
  };
}

const logEntry = (caseId: string, values: string, at: string) =>
  `INSERT INTO change_log (case_id, table_name, row_key, operation, old_values, new_values, changed_at, user_profile) VALUES ('${caseId}', 'cases', '["${caseId}"]', 'insert', NULL, '${values}', '${at}', 'x')`;

/** Every way this suite knows to make a backup that is not what the app wrote. */
export function hostileBackups(ids: BackupIds): HostileBackup[] {
  const changes: [string, (ids: BackupIds) => string][] = [
    ['answers ist eine Sicht', () => 'DROP TABLE answers; CREATE VIEW answers AS SELECT case_id, field_id AS question_id, summary AS value FROM field_summaries'],
    ['Tabelle fehlt', () => 'DROP TABLE participation_events'],
    ['Fremde Tabelle', () => 'CREATE TABLE evil (x TEXT)'],
    ['Fremder Trigger', () => "CREATE TRIGGER evil AFTER UPDATE ON app_meta BEGIN DELETE FROM cases; END"],
    ['Schutz des Protokolls ausgehebelt', () => 'DROP TRIGGER change_log_no_delete; CREATE TRIGGER change_log_no_delete BEFORE DELETE ON change_log BEGIN SELECT 1; END'],
    ['Protokoll-Trigger verändert', () => "DROP TRIGGER change_log_for_cases_insert; CREATE TRIGGER change_log_for_cases_insert AFTER INSERT ON cases BEGIN DELETE FROM answers; END"],
    ['Fremder Index', () => 'CREATE INDEX evil ON cases(notes)'],
    ['Index fehlt', () => 'DROP INDEX cases_ags'],
    ['Zusätzliche Spalte', () => 'ALTER TABLE cases ADD COLUMN evil TEXT'],
    ['Schemaversion gelogen', () => 'PRAGMA user_version = 3'],
    ['Bundesland 99', ({ caseA }) => `UPDATE cases SET bundesland = '99' WHERE id = '${caseA}'`],
    ['Erstellzeit „garbage“', ({ caseA }) => `UPDATE cases SET created_at = 'garbage' WHERE id = '${caseA}'`],
    ['Kennung keine UUID', ({ caseA }) => `UPDATE cases SET id = 'fall-1' WHERE id = '${caseA}'`],
    ['Antwort kein JSON', ({ caseA }) => `UPDATE answers SET value = '{kaputt' WHERE rowid = (SELECT min(rowid) FROM answers WHERE case_id = '${caseA}')`],
    ['Antwort vom falschen Typ', ({ caseA }) => `UPDATE answers SET value = '{"a":1}' WHERE rowid = (SELECT min(rowid) FROM answers WHERE case_id = '${caseA}')`],
    ['Katalog nicht installiert', ({ caseA }) => `UPDATE cases SET catalogue_id = 'unbekannt' WHERE id = '${caseA}'`],
    ['Katalog verändert', () => "UPDATE catalogues SET content = replace(content, 'Handlungsfeld', 'Feld') WHERE rowid = 1"],
    ['Protokolleintrag kein JSON', ({ caseA }) => logEntry(caseA, 'kaputt', '2026-01-01T00:00:00.000Z')],
    ['Protokolleintrag aus 2099', ({ caseA }) => logEntry(caseA, '{}', '2099-01-01T00:00:00.000Z')],
    ['Stand einer fremden Maßnahme', ({ reportA, measureB }) => `INSERT INTO report_entries (report_id, measure_id, status, comment) VALUES ('${reportA}', '${measureB}', 'umgesetzt', '')`],
    ['Maßnahme verweist auf fremde Schwäche', ({ caseA, itemB }) => `UPDATE measures SET linked_item_id = '${itemB}' WHERE rowid = (SELECT min(rowid) FROM measures WHERE case_id = '${caseA}')`],
    ['Antwort ohne Fall', () => "INSERT INTO answers (case_id, question_id, value, comment, source, updated_at) VALUES ('00000000-0000-4000-8000-000000000000', 'hf1.projektleitung', '\"x\"', '', 'auditor', '2026-01-01T00:00:00.000Z')"],
    ['Steuerzeichen im Namen', ({ caseA }) => `UPDATE cases SET municipality_name = 'Böse' || char(1) || 'stadt' WHERE id = '${caseA}'`],
    ['Aus einer neueren Version', () => 'PRAGMA user_version = 999'],
  ];
  return [
    ...changes.map(([name, sql]) => edited(name, sql, ids)),
    {
      name: 'Beschädigte Seiten',
      make(clean, dir) {
        const file = join(dir, 'beschaedigt.sqlite');
        copyFileSync(clean, file);
        corruptTable(file, 'answers');
        return file;
      },
    },
  ];
}
