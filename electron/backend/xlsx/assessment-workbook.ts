import type ExcelJS from 'exceljs';
import { loadExcelJs } from './load-exceljs';
import { makeXmlSafe } from './xml-safe-workbook';
import { NARROW_MARGINS, PRINT_ONE_PAGE_WIDE, wrappedRowHeight } from './print-layout';

/** A cell of a data sheet: text, a number, a calendar date (YYYY-MM-DD) or empty. */
export type DataCell = string | number | { date: string } | null;

export interface DataSheet {
  name: string;
  columns: { title: string; width: number; kind: 'text' | 'number' | 'euro' | 'date' | 'score' }[];
  rows: DataCell[][];
}

export interface AssessmentWorkbookInput {
  cover: { title: string; lines: [string, string][] };
  sheets: DataSheet[];
  meta: [string, string][];
  chartPng: Buffer | null;
}

const SHEET_ORDER = ['Deckblatt', 'IST-Analyse', 'Stärken-Schwächen', 'Zielvereinbarung', 'Zertifizierung', 'Beteiligung', 'Metadaten'] as const;

const NUMBER_FORMATS = { text: '@', number: '#,##0.##', euro: '#,##0.00 "€"', date: 'dd.mm.yyyy', score: '0.0' } as const;
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF16324F' } };

function cellValue(cell: DataCell): ExcelJS.CellValue {
  if (cell === null) return null;
  if (typeof cell === 'object') return new Date(`${cell.date}T00:00:00Z`);
  return cell;
}

function addDataSheet(workbook: ExcelJS.Workbook, sheet: DataSheet): void {
  const worksheet = workbook.addWorksheet(sheet.name, {
    views: [{ state: 'frozen', ySplit: 1 }],
    pageSetup: { ...PRINT_ONE_PAGE_WIDE, orientation: 'landscape', printTitlesRow: '1:1', margins: NARROW_MARGINS },
  });
  worksheet.columns = sheet.columns.map((column) => ({ header: column.title, width: column.width, style: { numFmt: NUMBER_FORMATS[column.kind] } }));
  const header = worksheet.getRow(1);
  header.font = { bold: true, color: { argb: 'FFFFFFFF' } };
  header.fill = HEADER_FILL;
  header.alignment = { vertical: 'middle', wrapText: true };
  header.height = wrappedRowHeight(sheet.columns.map((column) => column.title), sheet.columns.map((column) => column.width));
  for (const row of sheet.rows) {
    // Every text column carries the Text format ("@"): a text that begins with = + - @ stays text,
    // even when someone edits the cell later. Values are written as strings, never as formulas.
    const added = worksheet.addRow(row.map(cellValue));
    added.alignment = { vertical: 'top', wrapText: true };
    added.height = wrappedRowHeight(row, sheet.columns.map((column) => column.width));
  }
  worksheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columns.length } };
}

const COVER_WIDTHS = [42, 62] as const;
const COVER_IMAGE_WIDTH = 640;

/** The chart at a fixed width on the cover, in its own proportions (read from the PNG header). */
function coverImageSize(png: Buffer): { width: number; height: number } {
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  return { width: COVER_IMAGE_WIDTH, height: Math.round((COVER_IMAGE_WIDTH * height) / width) };
}

/** The assessment workbook for the association: readable cover, machine-readable data sheets. */
export async function buildAssessmentWorkbook(input: AssessmentWorkbookInput, exportedAt: Date): Promise<Buffer> {
  const { Workbook } = await loadExcelJs();
  const workbook = new Workbook();
  workbook.creator = 'Familienaudit';
  workbook.created = exportedAt;
  workbook.modified = exportedAt;

  const cover = workbook.addWorksheet(SHEET_ORDER[0], { pageSetup: { ...PRINT_ONE_PAGE_WIDE, orientation: 'portrait', margins: NARROW_MARGINS } });
  cover.getColumn(1).width = COVER_WIDTHS[0];
  cover.getColumn(2).width = COVER_WIDTHS[1];
  cover.getCell('A1').value = input.cover.title;
  cover.getCell('A1').font = { bold: true, size: 16 };
  input.cover.lines.forEach(([label, value], index) => {
    const row = cover.getRow(index + 3);
    row.getCell(1).value = label;
    row.getCell(1).font = { bold: true };
    row.getCell(1).alignment = { wrapText: true, vertical: 'top' };
    row.getCell(2).value = value;
    row.getCell(2).numFmt = '@';
    row.getCell(2).alignment = { wrapText: true, vertical: 'top' };
    // Bold labels run wider than the estimate: a little slack keeps them on their lines.
    row.height = wrappedRowHeight([label, value], [COVER_WIDTHS[0] - 6, COVER_WIDTHS[1]]);
  });
  if (input.chartPng) {
    const image = workbook.addImage({ buffer: input.chartPng as unknown as ExcelJS.Buffer, extension: 'png' });
    cover.addImage(image, { tl: { col: 0, row: input.cover.lines.length + 4 }, ext: coverImageSize(input.chartPng) });
  }

  for (const sheet of input.sheets) addDataSheet(workbook, sheet);

  const meta = workbook.addWorksheet(SHEET_ORDER[6], { pageSetup: { ...PRINT_ONE_PAGE_WIDE, orientation: 'portrait', margins: NARROW_MARGINS } });
  meta.columns = [
    { header: 'Schlüssel', width: 24 },
    { header: 'Wert', width: 72, style: { numFmt: '@', alignment: { wrapText: true, vertical: 'top' } } },
  ];
  meta.getRow(1).font = { bold: true };
  meta.getColumn(1).alignment = { vertical: 'top' };
  for (const [key, value] of input.meta) meta.addRow([key, value]);
  makeXmlSafe(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
