import { loadExcelJs } from '../xlsx/load-exceljs';
import { makeXmlSafe } from '../xlsx/xml-safe-workbook';
import type { ConsolidatedTable, TableCell } from './consolidated-table';

function displayLength(cell: TableCell): number {
  if (cell === null) return 0;
  if (typeof cell === 'object') return 10;
  return String(cell).length;
}

/** The consolidated table as a workbook: one sheet `Auswertung`, frozen header, real numbers and dates, texts as text. */
export async function consolidatedWorkbook(table: ConsolidatedTable, createdAt: Date): Promise<Buffer> {
  const { Workbook } = await loadExcelJs();
  const workbook = new Workbook();
  workbook.creator = 'Familienaudit – Verbandsauswertung';
  workbook.created = createdAt;
  const sheet = workbook.addWorksheet('Auswertung', { views: [{ state: 'frozen', ySplit: 1, xSplit: 3 }] });
  sheet.addRow(table.header).font = { bold: true };
  for (const row of table.rows) {
    const added = sheet.addRow(row.map((cell) => (cell !== null && typeof cell === 'object' ? new Date(`${cell.date}T00:00:00Z`) : cell)));
    row.forEach((cell, index) => {
      const target = added.getCell(index + 1);
      if (cell !== null && typeof cell === 'object') target.numFmt = 'dd.mm.yyyy';
      else if (typeof cell === 'string') target.numFmt = '@';
    });
  }
  table.header.forEach((title, index) => {
    // Wide enough for the bold title and the longest value, within reason.
    const longest = Math.max(title.length * 1.3, ...table.rows.map((row) => displayLength(row[index] ?? null)));
    sheet.getColumn(index + 1).width = Math.min(40, Math.max(10, Math.ceil(longest) + 2));
  });
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: Math.max(1, table.header.length) } };
  makeXmlSafe(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
