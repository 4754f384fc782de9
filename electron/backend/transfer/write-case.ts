import type { Database } from 'better-sqlite3';
import { caseDataTables, type CaseDataTable } from '../db/case-data-tables';
import { quoteIdentifier as quote } from '../db/quote-identifier';
import { AppError } from '../errors';
import { decodeValue } from './case-rows';
import type { TransferFile } from './transfer-file';

/** new: the case is not here yet; copy: a second case with new ids; update: replace the case here. */
export type TransferMode = 'new' | 'copy' | 'update';

type Row = Record<string, unknown>;

const COPY_SUFFIX = ' (Kopie)';

/** In a copy, every id of the case and of its rows is replaced, wherever it is referenced. */
function copyIdMap(file: TransferFile, newId: () => string): Map<string, string> {
  const map = new Map<string, string>([[file.caseId, newId()]]);
  for (const rows of Object.values(file.tables)) {
    for (const row of rows) if (typeof row.id === 'string' && !map.has(row.id)) map.set(row.id, newId());
  }
  return map;
}

function remapRow(row: Row, ids: Map<string, string>): Row {
  return Object.fromEntries(Object.entries(row).map(([key, value]) => [key, typeof value === 'string' ? (ids.get(value) ?? value) : value]));
}

function remapRowKey(rowKey: string, ids: Map<string, string>): string {
  try {
    const parts = JSON.parse(rowKey) as unknown[];
    return JSON.stringify(parts.map((part) => (typeof part === 'string' ? (ids.get(part) ?? part) : part)));
  } catch {
    return rowKey;
  }
}

function insertRow(sqlite: Database, table: CaseDataTable, row: Row): void {
  const known = new Set(table.columns.map((column) => column.name));
  const columns = Object.keys(row).filter((column) => known.has(column));
  sqlite
    .prepare(`INSERT INTO ${quote(table.name)} (${columns.map(quote).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`)
    .run(...columns.map((column) => decodeValue(row[column])));
}

function updateCaseRow(sqlite: Database, table: CaseDataTable, row: Row, caseId: string): void {
  const known = new Set(table.columns.map((column) => column.name));
  const columns = Object.keys(row).filter((column) => known.has(column) && column !== 'id');
  sqlite.prepare(`UPDATE cases SET ${columns.map((column) => `${quote(column)} = ?`).join(', ')} WHERE id = ?`).run(...columns.map((column) => decodeValue(row[column])), caseId);
}

/** References to rows that are not on this machine (a previous round, say) are cleared where allowed. */
function clearDanglingReferences(sqlite: Database): void {
  const violations = sqlite.prepare('PRAGMA foreign_key_check').all() as { table: string; rowid: number; parent: string; fkid: number }[];
  for (const violation of violations) {
    const keys = (sqlite.prepare('SELECT "from" FROM pragma_foreign_key_list(?) WHERE id = ?').all(violation.table, violation.fkid) as { from: string }[]).map((key) => key.from);
    const columns = sqlite.prepare('SELECT name, "notnull" AS required FROM pragma_table_info(?)').all(violation.table) as { name: string; required: number }[];
    if (keys.some((key) => columns.find((column) => column.name === key)?.required)) {
      throw new AppError('INVALID_INPUT', `Die Fallübergabe ist unvollständig: In „${violation.table}“ fehlt ein Bezug auf „${violation.parent}“.`);
    }
    sqlite.prepare(`UPDATE ${quote(violation.table)} SET ${keys.map((key) => `${quote(key)} = NULL`).join(', ')} WHERE rowid = ?`).run(violation.rowid);
  }
}

/** A file may only carry rows of its own case; anything else could overwrite another case here. */
function assertRowsBelongToCase(sqlite: Database, file: TransferFile, tables: Map<string, CaseDataTable>): void {
  const foreign = (table: string) => new AppError('INVALID_INPUT', `Die Fallübergabe enthält in „${table}“ Daten eines anderen Auditfalls und wird nicht übernommen.`);
  const cases = file.tables.cases ?? [];
  if (cases.length !== 1 || cases[0]?.id !== file.caseId) throw foreign('cases');
  const idsInFile = new Map(Object.entries(file.tables).map(([name, rows]) => [name, new Set(rows.map((row) => row.id))]));
  for (const [name, rows] of Object.entries(file.tables)) {
    const table = tables.get(name)!;
    if (name === 'cases') continue;
    if (table.columns.some((column) => column.name === 'case_id')) {
      if (rows.some((row) => row.case_id !== file.caseId)) throw foreign(name);
      continue;
    }
    const parents = sqlite.prepare('SELECT "table", "from", "to" FROM pragma_foreign_key_list(?)').all(name) as { table: string; from: string; to: string }[];
    for (const row of rows) {
      if (!parents.some((key) => idsInFile.get(key.table)?.has(row[key.from]))) throw foreign(name);
    }
  }
}

/**
 * Writes a transferred case in one transaction: its history first, then its rows (which the
 * change log records as the import). Returns the id the case has here.
 */
export function writeCase(sqlite: Database, file: TransferFile, mode: TransferMode, newId: () => string): string {
  const tables = new Map(caseDataTables(sqlite).map((table) => [table.name, table]));
  const unknown = Object.keys(file.tables).filter((name) => !tables.has(name));
  if (unknown.length > 0) throw new AppError('INVALID_INPUT', `Die Fallübergabe enthält Daten, die diese Version nicht kennt (${unknown.join(', ')}). Bitte die App aktualisieren.`);
  assertRowsBelongToCase(sqlite, file, tables);
  const ids = mode === 'copy' ? copyIdMap(file, newId) : new Map<string, string>();
  const caseId = ids.get(file.caseId) ?? file.caseId;
  const exists = sqlite.prepare('SELECT 1 FROM cases WHERE id = ?').get(caseId) !== undefined;
  if (exists && mode !== 'update') throw new AppError('CONFLICT', 'Diesen Auditfall gibt es hier schon. Bitte als Kopie übernehmen oder den vorhandenen aktualisieren.');

  sqlite.transaction(() => {
    sqlite.pragma('defer_foreign_keys = ON');
    if (exists) {
      // Rows below other rows first, so that their case can still be found through the parent.
      const ordered = [...tables.values()].filter((table) => table.name !== 'cases').sort((a, b) => Number(a.columns.some((c) => c.name === 'case_id')) - Number(b.columns.some((c) => c.name === 'case_id')));
      for (const table of ordered) sqlite.prepare(`DELETE FROM ${quote(table.name)} WHERE ${table.caseIdOf(quote(table.name))} = ?`).run(caseId);
    }
    const alreadyLogged = sqlite.prepare('SELECT 1 FROM change_log WHERE case_id = ? AND changed_at = ? AND table_name = ? AND row_key = ? AND operation = ?');
    const logEntry = sqlite.prepare(
      'INSERT INTO change_log (case_id, table_name, row_key, operation, old_values, new_values, changed_at, user_profile) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    );
    for (const entry of file.history) {
      const row = [caseId, entry.table_name, remapRowKey(String(entry.row_key), ids), entry.operation, entry.old_values ?? null, entry.new_values ?? null, entry.changed_at, entry.user_profile];
      if (!alreadyLogged.get(row[0], row[6], row[1], row[2], row[3])) logEntry.run(...row);
    }
    for (const [name, rows] of [['cases', file.tables.cases ?? []] as const, ...Object.entries(file.tables).filter(([table]) => table !== 'cases')]) {
      const table = tables.get(name)!;
      for (const original of rows) {
        const row = remapRow(original, ids);
        if (name === 'cases' && mode === 'copy') row.municipality_name = `${String(row.municipality_name)}${COPY_SUFFIX}`;
        if (name === 'cases' && exists) updateCaseRow(sqlite, table, row, caseId);
        else insertRow(sqlite, table, row);
      }
    }
    clearDanglingReferences(sqlite);
  })();
  return caseId;
}
