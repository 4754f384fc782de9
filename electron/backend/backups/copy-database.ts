import type { Database } from 'better-sqlite3';
import { quoteIdentifier as quote } from '../db/quote-identifier';

interface NamedSql {
  name: string;
  sql: string;
}

/** The history is kept through a restore: entries only the backup has are added, none removed. */
const APPEND_ONLY = 'change_log';

/** Tables that hold data; the app's own bookkeeping (app_meta) and SQLite's tables stay. */
function dataTables(sqlite: Database, schema: 'main' | 'restore_source'): string[] {
  return (sqlite.prepare(`SELECT name FROM ${schema}.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'app_meta' ORDER BY name`).all() as { name: string }[]).map(
    (row) => row.name,
  );
}

function columns(sqlite: Database, schema: 'main' | 'restore_source', table: string): string[] {
  return (sqlite.prepare(`SELECT name FROM pragma_table_info(?, ?)`).all(table, schema) as { name: string }[]).map((row) => row.name);
}

function mergeHistory(sqlite: Database): void {
  const entryColumns = columns(sqlite, 'main', APPEND_ONLY).filter((column) => column !== 'seq');
  const list = entryColumns.map(quote).join(', ');
  sqlite.exec(
    `INSERT INTO main.${APPEND_ONLY} (${list}) SELECT ${list} FROM restore_source.${APPEND_ONLY} AS source ` +
      `WHERE NOT EXISTS (SELECT 1 FROM main.${APPEND_ONLY} AS kept WHERE kept.seq = source.seq AND kept.changed_at = source.changed_at ` +
      `AND kept.table_name = source.table_name AND kept.row_key = source.row_key) ORDER BY source.seq`,
  );
}

/**
 * Replaces every row of the open database with the rows of `sourceFile`, which must already be
 * at the same schema version, in one transaction: either all of it arrives or nothing changes.
 * Triggers are set aside meanwhile, so that the copy is not logged as thousands of edits. The
 * change log is never replaced: it keeps its entries and gains those only the backup had.
 */
export function replaceAllData(sqlite: Database, sourceFile: string): void {
  sqlite.prepare('ATTACH DATABASE ? AS restore_source').run(sourceFile);
  try {
    sqlite.transaction(() => {
      sqlite.pragma('defer_foreign_keys = ON');
      const triggers = sqlite.prepare("SELECT name, sql FROM main.sqlite_master WHERE type = 'trigger'").all() as NamedSql[];
      for (const trigger of triggers) sqlite.exec(`DROP TRIGGER main.${quote(trigger.name)}`);
      const sourceTables = new Set(dataTables(sqlite, 'restore_source'));
      const tables = dataTables(sqlite, 'main').filter((name) => name !== APPEND_ONLY);
      for (const table of tables) sqlite.exec(`DELETE FROM main.${quote(table)}`);
      if (sourceTables.has(APPEND_ONLY) && dataTables(sqlite, 'main').includes(APPEND_ONLY)) mergeHistory(sqlite);
      for (const table of tables.filter((name) => sourceTables.has(name))) {
        const available = new Set(columns(sqlite, 'restore_source', table));
        const shared = columns(sqlite, 'main', table).filter((column) => available.has(column)).map(quote).join(', ');
        sqlite.exec(`INSERT INTO main.${quote(table)} (${shared}) SELECT ${shared} FROM restore_source.${quote(table)}`);
      }
      for (const trigger of triggers) sqlite.exec(trigger.sql);
    })();
  } finally {
    sqlite.prepare('DETACH DATABASE restore_source').run();
  }
}
