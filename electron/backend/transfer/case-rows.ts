import type { Database } from 'better-sqlite3';
import { caseDataTables } from '../db/case-data-tables';
import { quoteIdentifier as quote } from '../db/quote-identifier';

type Row = Record<string, unknown>;

/** Binary values (original import files) travel as base64 inside the JSON. */
const BYTES_KEY = '$bytes';

function encodeRow(row: Row): Row {
  return Object.fromEntries(Object.entries(row).map(([key, value]) => [key, Buffer.isBuffer(value) ? { [BYTES_KEY]: value.toString('base64') } : value]));
}

/** A binary value back from its base64 form; any other object is left as it is (and refused by the row checks). */
function decodeValue(value: unknown): unknown {
  if (value !== null && typeof value === 'object' && Object.keys(value).length === 1 && Object.hasOwn(value, BYTES_KEY)) {
    const encoded = (value as Record<string, unknown>)[BYTES_KEY];
    if (typeof encoded === 'string' && /^[A-Za-z0-9+/]*={0,2}$/.test(encoded)) return Buffer.from(encoded, 'base64');
  }
  return value;
}

export function decodeRow(row: Row): Row {
  return Object.fromEntries(Object.entries(row).map(([key, value]) => [key, decodeValue(value)]));
}

/** Every row of every case-data table that belongs to the case, by table. */
export function readCaseRows(sqlite: Database, caseId: string): Record<string, Row[]> {
  return Object.fromEntries(
    caseDataTables(sqlite).map((table) => [
      table.name,
      (sqlite.prepare(`SELECT * FROM ${quote(table.name)} WHERE ${table.caseIdOf(quote(table.name))} = ? ORDER BY rowid`).all(caseId) as Row[]).map(encodeRow),
    ]),
  );
}

/** The case's history, oldest first, without the local sequence numbers. */
export function readCaseHistory(sqlite: Database, caseId: string): Row[] {
  return sqlite.prepare('SELECT case_id, table_name, row_key, operation, old_values, new_values, changed_at, user_profile, origin FROM change_log WHERE case_id = ? ORDER BY seq').all(caseId) as Row[];
}
