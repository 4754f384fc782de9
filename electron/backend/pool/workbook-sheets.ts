import type { ExtractedSheet } from '../xlsx/extracted-workbook';
import type { DataCell } from '../xlsx/assessment-workbook';
import type { ChecksumSheet } from '../xlsx/assessment-checksum';
import type { CellContent } from '../../../shared/questionnaire/workbook-cells';

/** A cell as the exporter wrote it; booleans and errors, which it never writes, keep a form that cannot match. */
function dataCellOf(content: CellContent | undefined): DataCell {
  if (!content) return null;
  switch (content.kind) {
    case 'empty':
      return null;
    case 'text':
    case 'number':
      return content.value;
    case 'date':
      return { date: content.value };
    case 'boolean':
      return `#WAHRHEITSWERT:${String(content.value)}`;
    case 'error':
      return `#FEHLER:${content.value}`;
  }
}

/** A data sheet read back: the header row's titles and the rows below it, each as wide as the header. */
export function checksumSheetOf(sheet: ExtractedSheet): ChecksumSheet {
  const [header, ...body] = sheet.rows;
  const width = Math.max(0, ...(header?.cells.map((cell) => cell.column) ?? []));
  const titles = Array.from({ length: width }, (_, index) => {
    const cell = dataCellOf(header?.cells.find((candidate) => candidate.column === index + 1)?.content);
    return typeof cell === 'string' ? cell : cell === null ? '' : JSON.stringify(cell);
  });
  const rows = body.map((row) => {
    const cells = new Map(row.cells.map((cell) => [cell.column, cell.content]));
    return titles.map((_, index) => dataCellOf(cells.get(index + 1)));
  });
  return { name: sheet.name, titles, rows };
}

/** The rows of a sheet as records keyed by column title. */
export function recordsOf(sheet: ChecksumSheet): Record<string, DataCell>[] {
  return sheet.rows.map((row) => Object.fromEntries(sheet.titles.map((title, index) => [title, row[index] ?? null])));
}

export function textOf(cell: DataCell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'object') return cell.date;
  return String(cell).trim();
}

export function numberOf(cell: DataCell | undefined): number | null {
  return typeof cell === 'number' ? cell : null;
}

export function dateOf(cell: DataCell | undefined): string | null {
  return cell !== null && typeof cell === 'object' ? cell.date : null;
}

/** The first two columns of every row of a sheet such as the cover, as label and value. */
export function labelledLinesOf(sheet: ExtractedSheet): [string, string][] {
  return sheet.rows.map((row) => {
    const cell = (column: number) => textOf(dataCellOf(row.cells.find((candidate) => candidate.column === column)?.content));
    return [cell(1), cell(2)] as [string, string];
  });
}
