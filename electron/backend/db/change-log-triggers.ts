import type { Database } from 'better-sqlite3';
import { caseDataTables, type CaseDataTable, type TableColumn } from './case-data-tables';
import { quoteIdentifier as quote } from './quote-identifier';

const TRIGGER_PREFIX = 'change_log_for_';
export const CHANGE_LOG_USER_KEY = 'change_log_user';

/** The row as JSON; binary columns (original import files) appear as their size. */
function rowJson(columns: TableColumn[], row: 'OLD' | 'NEW'): string {
  const pairs = columns.map((column) =>
    column.type.toUpperCase() === 'BLOB'
      ? `'${column.name}', CASE WHEN ${row}.${quote(column.name)} IS NULL THEN NULL ELSE length(${row}.${quote(column.name)}) || ' Bytes' END`
      : `'${column.name}', ${row}.${quote(column.name)}`,
  );
  return `json_object(${pairs.join(', ')})`;
}

function rowKey(columns: TableColumn[], row: 'OLD' | 'NEW'): string {
  const keys = columns.filter((column) => column.pk > 0).sort((a, b) => a.pk - b.pk);
  return `json_array(${keys.map((column) => `${row}.${quote(column.name)}`).join(', ')})`;
}

/** The trigger statements that log every insert, real update and delete of one table. */
function changeLogTriggerSql({ name: table, columns, caseIdOf }: CaseDataTable): string[] {
  const user = `coalesce((SELECT value FROM app_meta WHERE key = '${CHANGE_LOG_USER_KEY}'), 'unbekannt')`;
  const now = `strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`;
  const insert = (operation: string, row: 'OLD' | 'NEW', oldJson: string, newJson: string) =>
    `INSERT INTO change_log (case_id, table_name, row_key, operation, old_values, new_values, changed_at, user_profile) ` +
    `VALUES (${caseIdOf(row)}, '${table}', ${rowKey(columns, row)}, '${operation}', ${oldJson}, ${newJson}, ${now}, ${user});`;
  const changed = columns.map((column) => `OLD.${quote(column.name)} IS NOT NEW.${quote(column.name)}`).join(' OR ');
  return [
    `CREATE TRIGGER ${TRIGGER_PREFIX}${table}_insert AFTER INSERT ON ${quote(table)} BEGIN ${insert('insert', 'NEW', 'NULL', rowJson(columns, 'NEW'))} END`,
    `CREATE TRIGGER ${TRIGGER_PREFIX}${table}_update AFTER UPDATE ON ${quote(table)} WHEN ${changed} BEGIN ${insert('update', 'NEW', rowJson(columns, 'OLD'), rowJson(columns, 'NEW'))} END`,
    `CREATE TRIGGER ${TRIGGER_PREFIX}${table}_delete AFTER DELETE ON ${quote(table)} BEGIN ${insert('delete', 'OLD', rowJson(columns, 'OLD'), 'NULL')} END`,
  ];
}

/**
 * Makes the logging triggers match the current schema: one set per case-data table, rebuilt when
 * a migration added a table or a column. Runs on every open, after the migrations.
 */
export function syncChangeLogTriggers(sqlite: Database): void {
  const hasLog = sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'change_log'").get();
  if (!hasLog) return;
  const wanted = new Map<string, string>();
  for (const table of caseDataTables(sqlite)) {
    for (const sql of changeLogTriggerSql(table)) wanted.set(/^CREATE TRIGGER (\S+)/.exec(sql)![1]!, sql);
  }
  const existing = new Map(
    (sqlite.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE ?").all(`${TRIGGER_PREFIX}%`) as { name: string; sql: string }[]).map((row) => [row.name, row.sql]),
  );
  const same = wanted.size === existing.size && [...wanted].every(([name, sql]) => existing.get(name) === sql);
  if (same) return;
  sqlite.transaction(() => {
    for (const name of existing.keys()) sqlite.exec(`DROP TRIGGER ${quote(name)}`);
    for (const sql of wanted.values()) sqlite.exec(sql);
  })();
}
