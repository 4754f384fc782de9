import type { Database } from 'better-sqlite3';
import type { Insertable } from 'kysely';
import { TABLE_LABELS } from '../../../shared/change-log/change-entry';
import { insertCatalogueRowInTransaction } from '../catalogues/catalogues.repository';
import { caseDataTables, type CaseDataTable } from '../db/case-data-tables';
import { quoteIdentifier as quote } from '../db/quote-identifier';
import { nameSortKeyOf } from '../db/name-sort-keys';
import type { CataloguesTable } from '../db/schema';
import { AppError } from '../errors';
import type { TransferFile } from './transfer-file';

/** new: the case is not here yet; copy: a second case with new ids; update: replace the case here. */
export type TransferMode = 'new' | 'copy' | 'update';

type Row = Record<string, unknown>;

const COPY_SUFFIX = ' (Kopie)';

interface CaseToWrite {
  file: TransferFile;
  /** The file's tables with binary values decoded, already checked row by row. */
  tables: ReadonlyMap<string, readonly Row[]>;
  mode: TransferMode;
  newId: () => string;
  /** Recorded with every history entry that arrives with this file. */
  origin: string;
  /** The case's catalogue version when this machine does not have it yet. */
  catalogueRow: Insertable<CataloguesTable> | null;
}

/** In a copy, every id of the case and of its rows is replaced, wherever it is referenced. */
function copyIdMap(file: TransferFile, tables: ReadonlyMap<string, readonly Row[]>, newId: () => string): Map<string, string> {
  const map = new Map<string, string>([[file.caseId, newId()]]);
  for (const rows of tables.values()) {
    for (const row of rows) if (typeof row.id === 'string' && !map.has(row.id)) map.set(row.id, newId());
  }
  return map;
}

/** A document's place names a row of the case after its kind (`measure:ID`); the id is the part to replace. */
function remapValue(table: string, key: string, value: unknown, ids: ReadonlyMap<string, string>): unknown {
  if (typeof value !== 'string') return value;
  const place = table === 'document_links' && key === 'place' ? /^(event|measure):(.+)$/.exec(value) : null;
  return place ? `${place[1]}:${ids.get(place[2]!) ?? place[2]}` : (ids.get(value) ?? value);
}

function remapRow(table: string, row: Row, ids: ReadonlyMap<string, string>): Row {
  return Object.fromEntries(Object.entries(row).map(([key, value]) => [key, remapValue(table, key, value, ids)]));
}

function remapJson(text: unknown, ids: ReadonlyMap<string, string>): unknown {
  if (typeof text !== 'string' || ids.size === 0) return text;
  const remap = (value: unknown): unknown =>
    typeof value === 'string' ? (ids.get(value) ?? value) : Array.isArray(value) ? value.map(remap) : value !== null && typeof value === 'object' ? Object.fromEntries(Object.entries(value).map(([key, item]) => [key, remap(item)])) : value;
  return JSON.stringify(remap(JSON.parse(text)));
}

const sameRow = (what: string) => `Die Fallübergabe enthält ${what}, die es hier schon in einem anderen Auditfall gibt.`;

function insertRow(sqlite: Database, table: CaseDataTable, row: Row): void {
  const known = new Set(table.columns.map((column) => column.name));
  const columns = Object.keys(row).filter((column) => known.has(column));
  try {
    sqlite.prepare(`INSERT INTO ${quote(table.name)} (${columns.map(quote).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`).run(...columns.map((column) => row[column]));
  } catch (error) {
    if (/^SQLITE_CONSTRAINT_(PRIMARYKEY|UNIQUE)$/.test((error as { code?: string }).code ?? '')) {
      throw new AppError('CONFLICT', `${sameRow(`Daten (${Object.hasOwn(TABLE_LABELS, table.name) ? TABLE_LABELS[table.name] : table.name})`)} Es wurde nichts verändert. Bitte als Kopie übernehmen.`);
    }
    throw error;
  }
}

function updateCaseRow(sqlite: Database, table: CaseDataTable, row: Row, caseId: string): void {
  const known = new Set(table.columns.map((column) => column.name));
  const columns = Object.keys(row).filter((column) => known.has(column) && column !== 'id');
  sqlite.prepare(`UPDATE cases SET ${columns.map((column) => `${quote(column)} = ?`).join(', ')} WHERE id = ?`).run(...columns.map((column) => row[column]), caseId);
}

/**
 * References that may leave the file (ON DELETE SET NULL: the link to a previous round) are
 * cleared when that row is not on this machine. Every other reference was checked before writing
 * to point inside the file, so any other violation is a refusal.
 */
function clearDanglingReferences(sqlite: Database): void {
  const violations = sqlite.prepare('PRAGMA foreign_key_check').all() as { table: string; rowid: number; parent: string; fkid: number }[];
  for (const violation of violations) {
    const keys = sqlite.prepare('SELECT "from", on_delete FROM pragma_foreign_key_list(?) WHERE id = ?').all(violation.table, violation.fkid) as { from: string; on_delete: string }[];
    if (!keys.every((key) => key.on_delete.toUpperCase() === 'SET NULL')) {
      throw new AppError('INVALID_INPUT', `Die Fallübergabe ist unvollständig: In „${Object.hasOwn(TABLE_LABELS, violation.table) ? TABLE_LABELS[violation.table] : violation.table}“ fehlt ein Bezug.`);
    }
    sqlite.prepare(`UPDATE ${quote(violation.table)} SET ${keys.map((key) => `${quote(key.from)} = NULL`).join(', ')} WHERE rowid = ?`).run(violation.rowid);
  }
}

/**
 * Writes a transferred case in one transaction: its catalogue version if new, its history, then
 * its rows (which the change log records as the import). Either all of it lands or nothing.
 * Returns the id the case has here.
 */
export function writeCase(sqlite: Database, { file, tables: incoming, mode, newId, origin, catalogueRow }: CaseToWrite): string {
  const tables = new Map(caseDataTables(sqlite).map((table) => [table.name, table]));
  const ids = mode === 'copy' ? copyIdMap(file, incoming, newId) : new Map<string, string>();
  const caseId = ids.get(file.caseId) ?? file.caseId;
  const exists = sqlite.prepare('SELECT 1 FROM cases WHERE id = ?').get(caseId) !== undefined;
  if (exists && mode !== 'update') throw new AppError('CONFLICT', 'Diesen Auditfall gibt es hier schon. Bitte als Kopie übernehmen oder den vorhandenen aktualisieren.');
  if (!exists && mode === 'update') throw new AppError('NOT_FOUND', 'Diesen Auditfall gibt es hier noch nicht; er kann nur neu übernommen werden.');

  sqlite.transaction(() => {
    sqlite.pragma('defer_foreign_keys = ON');
    if (catalogueRow) insertCatalogueRowInTransaction(sqlite, catalogueRow);
    if (exists) {
      // Rows below other rows first, so that their case can still be found through the parent.
      const ordered = [...tables.values()].filter((table) => table.name !== 'cases').sort((a, b) => Number(a.columns.some((c) => c.name === 'case_id')) - Number(b.columns.some((c) => c.name === 'case_id')));
      for (const table of ordered) sqlite.prepare(`DELETE FROM ${quote(table.name)} WHERE ${table.caseIdOf(quote(table.name))} = ?`).run(caseId);
    }
    const alreadyLogged = sqlite.prepare('SELECT 1 FROM change_log WHERE case_id = ? AND changed_at = ? AND table_name = ? AND row_key = ? AND operation = ?');
    const logEntry = sqlite.prepare(
      'INSERT INTO change_log (case_id, table_name, row_key, operation, old_values, new_values, changed_at, user_profile, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
    );
    for (const entry of file.history) {
      const rowKey = remapJson(entry.row_key, ids) as string;
      const row = [caseId, entry.table_name, rowKey, entry.operation, remapJson(entry.old_values ?? null, ids), remapJson(entry.new_values ?? null, ids), entry.changed_at, entry.user_profile];
      if (!alreadyLogged.get(caseId, entry.changed_at, entry.table_name, rowKey, entry.operation)) logEntry.run(...row, typeof entry.origin === 'string' ? entry.origin : origin);
    }
    for (const [name, rows] of [['cases', incoming.get('cases') ?? []] as const, ...[...incoming].filter(([table]) => table !== 'cases')]) {
      const table = tables.get(name)!;
      for (const original of rows) {
        const row = remapRow(name, original, ids);
        if (name === 'cases' && mode === 'copy') row.municipality_name = `${String(row.municipality_name)}${COPY_SUFFIX}`;
        if (name === 'cases') row.name_sort_key = nameSortKeyOf(String(row.municipality_name));
        if (name === 'cases' && exists) updateCaseRow(sqlite, table, row, caseId);
        else insertRow(sqlite, table, row);
      }
    }
    clearDanglingReferences(sqlite);
  })();
  return caseId;
}
