import type { Database } from 'better-sqlite3';
import { caseDataTables } from '../db/case-data-tables';
import { quoteIdentifier as quote } from '../db/quote-identifier';
import { CASE_ROW_SCHEMAS } from './case-row-schemas';
import { catalogueProblems, type CatalogueIndex, type ParsedRow } from './catalogue-row-rules';
import type { IncomingProblem } from './incoming-problem';

type Row = Record<string, unknown>;

/** One case's rows as they arrive, by table, with binary values already decoded. */
interface IncomingCase {
  caseId: string;
  tables: ReadonlyMap<string, readonly Row[]>;
}

interface ForeignKey {
  id: number;
  table: string;
  from: string;
  to: string;
  on_delete: string;
}

/** References by id that the schema cannot declare as foreign keys; each must stay inside the case. */
const SOFT_REFERENCES: readonly { table: string; column: string; parent: string; to: string }[] = [{ table: 'measures', column: 'linked_item_id', parent: 'field_items', to: 'id' }];

/** Enough to name what is wrong; a file with more problems than this is refused all the same. */
const MAX_PROBLEMS = 25;

function foreignKeys(sqlite: Database, table: string): ForeignKey[] {
  return sqlite.prepare('SELECT id, "table", "from", "to", on_delete FROM pragma_foreign_key_list(?) ORDER BY id, seq').all(table) as ForeignKey[];
}

function primaryKey(sqlite: Database, table: string): string[] {
  return (sqlite.prepare('SELECT name FROM pragma_table_info(?) WHERE pk > 0 ORDER BY pk').all(table) as { name: string }[]).map((column) => column.name);
}

const keyOf = (row: Row, columns: readonly string[]) => JSON.stringify(columns.map((column) => row[column] ?? null));

/**
 * Checks one incoming case against every rule the app's own writes follow: each row against its
 * table's schema and the case's catalogue, each row inside the case, each key unique, and every
 * reference pointing to a row inside the same case (or, for links to another round, to nothing
 * that the import could misattribute). Returns the problems found, none when the case is sound.
 */
export function checkIncomingCase(sqlite: Database, incoming: IncomingCase, catalogue: CatalogueIndex | null): IncomingProblem[] {
  const problems: IncomingProblem[] = [];
  const add = (problem: IncomingProblem) => {
    if (problems.length < MAX_PROBLEMS) problems.push(problem);
  };
  const known = new Set(caseDataTables(sqlite).map((table) => table.name));
  const caseRows = incoming.tables.get('cases') ?? [];
  if (caseRows.length !== 1 || caseRows[0]?.id !== incoming.caseId) {
    add({ table: 'cases', row: null, column: null, message: 'Die Daten enthalten nicht genau den einen Auditfall, den sie angeben.' });
  }
  if (!catalogue) add({ table: 'cases', row: null, column: 'catalogue_id', message: 'Der Katalog des Auditfalls ist nicht vorhanden.' });

  for (const [table, rows] of incoming.tables) {
    const schema = CASE_ROW_SCHEMAS.get(table);
    if (!known.has(table) || !schema) {
      add({ table, row: null, column: null, message: 'Diese Art von Daten kennt diese Version von Familienaudit nicht.' });
      continue;
    }
    rows.forEach((row, index) => {
      const result = schema.safeParse(row);
      if (!result.success) {
        for (const issue of result.error.issues.slice(0, 3)) add({ table, row: index, column: issue.path.length > 0 ? String(issue.path[0]) : null, message: issue.message });
        return;
      }
      const value = result.data as ParsedRow;
      if (table !== 'cases' && 'case_id' in value && value.case_id !== incoming.caseId) add({ table, row: index, column: 'case_id', message: 'Die Zeile gehört zu einem anderen Auditfall.' });
      if (catalogue) for (const problem of catalogueProblems(table, value, catalogue)) add({ table, row: index, ...problem });
    });

    const keyColumns = primaryKey(sqlite, table);
    if (keyColumns.length > 0) {
      const seen = new Set<string>();
      rows.forEach((row, index) => {
        const key = keyOf(row, keyColumns);
        if (seen.has(key)) add({ table, row: index, column: keyColumns[0] ?? null, message: 'Dieselbe Zeile kommt zweimal vor.' });
        seen.add(key);
      });
    }
  }

  for (const [table, rows] of incoming.tables) {
    if (!known.has(table)) continue;
    const keys = new Map<number, ForeignKey[]>();
    for (const key of foreignKeys(sqlite, table)) keys.set(key.id, [...(keys.get(key.id) ?? []), key]);
    for (const parts of keys.values()) {
      const parent = parts[0]!.table;
      const from = parts.map((part) => part.from);
      const to = parts.map((part) => part.to);
      // ON DELETE SET NULL marks a link to another case (the previous round): it may point outside the file.
      if (parts[0]!.on_delete.toUpperCase() === 'SET NULL') continue;
      const inFile = known.has(parent)
        ? new Set((incoming.tables.get(parent) ?? []).map((row) => keyOf(row, to)))
        : null;
      const lookup = inFile ? null : sqlite.prepare(`SELECT 1 FROM ${quote(parent)} WHERE ${to.map((column) => `${quote(column)} = ?`).join(' AND ')}`);
      rows.forEach((row, index) => {
        if (from.some((column) => row[column] === null || row[column] === undefined)) return;
        const present = inFile ? inFile.has(keyOf(row, from)) : lookup!.get(...from.map((column) => row[column])) !== undefined;
        if (!present) add({ table, row: index, column: from[0] ?? null, message: 'Die Zeile verweist auf Daten, die nicht zu diesem Auditfall gehören.' });
      });
    }
  }
  for (const reference of SOFT_REFERENCES) {
    const targets = new Set((incoming.tables.get(reference.parent) ?? []).map((row) => row[reference.to]));
    (incoming.tables.get(reference.table) ?? []).forEach((row, index) => {
      const value = row[reference.column];
      if (value !== null && value !== undefined && !targets.has(value)) add({ table: reference.table, row: index, column: reference.column, message: 'Die Zeile verweist auf Daten, die nicht zu diesem Auditfall gehören.' });
    });
  }
  return problems;
}

/** Reads a stored case's rows as they are in the database, for checking a restore source. */
export function storedCase(sqlite: Database, caseId: string): IncomingCase {
  const tables = new Map<string, Row[]>();
  for (const table of caseDataTables(sqlite)) {
    tables.set(table.name, sqlite.prepare(`SELECT * FROM ${quote(table.name)} WHERE ${table.caseIdOf(quote(table.name))} = ? ORDER BY rowid`).all(caseId) as Row[]);
  }
  return { caseId, tables };
}
