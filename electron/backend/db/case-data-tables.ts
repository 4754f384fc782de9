import type { Database } from 'better-sqlite3';
import { quoteIdentifier as quote } from './quote-identifier';

/** Tables that are not case data: the app's bookkeeping, the catalogue library, the history. */
const NOT_CASE_DATA = new Set(['app_meta', 'catalogues', 'change_log']);

export interface TableColumn {
  name: string;
  type: string;
  pk: number;
}

export interface CaseDataTable {
  name: string;
  columns: TableColumn[];
  /** SQL for the case a row belongs to, for the row alias OLD, NEW or a table name. */
  caseIdOf(row: string): string;
}

interface ForeignKey {
  table: string;
  from: string;
  to: string;
}

/**
 * Every table that holds a case's data, read from the schema itself: `cases`, the tables with a
 * case_id, and tables that hang below one of those by a foreign key (report_entries). A table
 * that fits none of these is an error, so that a new table can never slip past the change log
 * and the case transfer unnoticed.
 */
export function caseDataTables(sqlite: Database): CaseDataTable[] {
  const names = (sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[])
    .map((row) => row.name)
    .filter((name) => !NOT_CASE_DATA.has(name));
  const columnsOf = (table: string) => sqlite.prepare('SELECT name, type, pk FROM pragma_table_info(?)').all(table) as TableColumn[];
  const hasCaseId = (table: string) => columnsOf(table).some((column) => column.name === 'case_id');
  return names.map((name) => {
    const columns = columnsOf(name);
    if (name === 'cases') return { name, columns, caseIdOf: (row) => `${row}.id` };
    if (hasCaseId(name)) return { name, columns, caseIdOf: (row) => `${row}.case_id` };
    const parents = (sqlite.prepare('SELECT "table", "from", "to" FROM pragma_foreign_key_list(?)').all(name) as ForeignKey[]).filter((key) => hasCaseId(key.table));
    if (parents.length === 0) throw new Error(`Table ${name} belongs to no case: give it a case_id or a foreign key to a table with one.`);
    return {
      name,
      columns,
      caseIdOf: (row) => {
        const lookups = parents.map((key) => `(SELECT case_id FROM ${quote(key.table)} WHERE ${quote(key.to)} = ${row}.${quote(key.from)})`);
        // SQLite's coalesce() wants two arguments at least.
        return lookups.length === 1 ? lookups[0]! : `coalesce(${lookups.join(', ')})`;
      },
    };
  });
}
