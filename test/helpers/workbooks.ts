import ExcelJS from 'exceljs';
import type { TestBackend } from './backend';

/** Exports the fill-in workbook of a case through the real backend. */
export async function exportTemplate(backend: TestBackend, caseId: string): Promise<Buffer> {
  const file = await backend.call('questionnaire.exportTemplate', { caseId });
  return Buffer.from(file.contentBase64, 'base64');
}

/** Opens a workbook, lets the test change it like a person in Excel would, and saves it. */
export async function editWorkbook(bytes: Buffer, edit: (workbook: ExcelJS.Workbook) => void): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  // exceljs declares its own Buffer type, which differs from @types/node's generic one.
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  edit(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The row of a question (found by its ID in column A) and the column numbers by title. */
export function locate(workbook: ExcelJS.Workbook, questionId: string): { sheet: ExcelJS.Worksheet; row: ExcelJS.Row; column: (title: string) => number } {
  for (const sheet of workbook.worksheets) {
    const header = sheet.getRow(1).values as unknown[];
    const column = (title: string) => header.indexOf(title);
    if (column('ID') < 0) continue;
    for (let number = 2; number <= sheet.rowCount; number += 1) {
      const row = sheet.getRow(number);
      if (row.getCell(column('ID')).value === questionId) return { sheet, row, column };
    }
  }
  throw new Error(`question ${questionId} not in workbook`);
}

export function setAnswer(workbook: ExcelJS.Workbook, questionId: string, value: ExcelJS.CellValue, extra: { stichtag?: ExcelJS.CellValue; comment?: string } = {}): void {
  const { row, column } = locate(workbook, questionId);
  row.getCell(column('Antwort')).value = value;
  if (extra.stichtag !== undefined) row.getCell(column('Stichtag')).value = extra.stichtag;
  if (extra.comment !== undefined) row.getCell(column('Kommentar')).value = extra.comment;
}

export function base64(bytes: Buffer): string {
  return bytes.toString('base64');
}
