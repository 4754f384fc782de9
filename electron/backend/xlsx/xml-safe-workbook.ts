import type ExcelJS from 'exceljs';
import { stripXmlUnsafe } from '../../../shared/domain/xml-safe-text';

function safeValue(value: ExcelJS.CellValue): ExcelJS.CellValue {
  if (typeof value === 'string') return stripXmlUnsafe(value);
  if (value && typeof value === 'object' && 'richText' in value) return { richText: value.richText.map((run) => ({ ...run, text: stripXmlUnsafe(run.text) })) };
  if (value && typeof value === 'object' && 'hyperlink' in value && typeof value.text === 'string') return { ...value, text: stripXmlUnsafe(value.text) };
  return value;
}

/**
 * The last step before a workbook is written: no cell may hold a character XML cannot store, or
 * Excel and LibreOffice refuse the whole file. The app refuses such text on the way in; this
 * covers what was stored before it did.
 */
export function makeXmlSafe(workbook: ExcelJS.Workbook): void {
  workbook.eachSheet((sheet) => {
    sheet.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (cell.type === 6 /* formula */) return;
        const value = safeValue(cell.value);
        if (value !== cell.value) cell.value = value;
      });
    });
  });
}
