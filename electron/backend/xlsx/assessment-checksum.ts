import { createHash } from 'node:crypto';
import type { DataCell, DataSheet } from './assessment-workbook';

/**
 * Checksums over the data sheets of an assessment workbook.
 *
 * - `werte-2` (from app version 0.2): over the values as any spreadsheet program keeps them, so
 *   that a workbook re-saved by Excel or LibreOffice without changes still matches: empty texts
 *   count as empty cells, line breaks as "\n", numbers to 12 significant digits, rows without
 *   any value are left out.
 * - `json-1` (app version 0.1): the JSON of the rows exactly as exported; still read.
 */
export const CHECKSUM_METHODS = ['werte-2', 'json-1'] as const;
export type ChecksumMethod = (typeof CHECKSUM_METHODS)[number];
export const CURRENT_CHECKSUM_METHOD: ChecksumMethod = 'werte-2';

/** The sheets a checksum covers, as titles and rows of cells. */
export type ChecksumSheet = Pick<DataSheet, 'name' | 'rows'> & { titles: string[] };

export function checksumSheetsOf(sheets: readonly DataSheet[]): ChecksumSheet[] {
  return sheets.map((sheet) => ({ name: sheet.name, titles: sheet.columns.map((column) => column.title), rows: sheet.rows }));
}

const SIGNIFICANT_DIGITS = 12;

function canonicalCell(cell: DataCell): DataCell {
  if (cell === null) return null;
  if (typeof cell === 'number') {
    const rounded = Number(cell.toPrecision(SIGNIFICANT_DIGITS));
    return Object.is(rounded, -0) ? 0 : rounded;
  }
  if (typeof cell === 'string') return cell.trim() === '' ? null : cell.replace(/\r\n?/g, '\n');
  return { date: cell.date };
}

function canonicalRows(rows: readonly DataCell[][], width: number): DataCell[][] {
  return rows
    .map((row) => Array.from({ length: width }, (_, index) => canonicalCell(row[index] ?? null)))
    .filter((row) => row.some((cell) => cell !== null));
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export function sheetsChecksum(sheets: readonly ChecksumSheet[], method: ChecksumMethod): string {
  if (method === 'json-1') return sha256(JSON.stringify(sheets.map((sheet) => [sheet.name, sheet.titles, sheet.rows])));
  return sha256(JSON.stringify(sheets.map((sheet) => [sheet.name.trim(), sheet.titles.map((title) => title.trim()), canonicalRows(sheet.rows, sheet.titles.length)])));
}

/** What the installation's key signs: the checksum over the data and the metadata that names it. */
interface SignedFacts {
  appVersion: string;
  catalogueId: string;
  catalogueVersion: string;
  caseId: string;
  exportedAt: string;
  checksumMethod: string;
  checksum: string;
}

export function signedText(facts: SignedFacts): string {
  const ordered = Object.fromEntries(Object.entries({ format: 'familienaudit-gutachten', ...facts }).sort(([a], [b]) => a.localeCompare(b)));
  return JSON.stringify(ordered);
}
