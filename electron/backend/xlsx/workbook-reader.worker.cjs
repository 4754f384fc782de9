// @ts-check
// Parses .xlsx files in a worker thread with a memory limit and returns plain cell contents.
// It stays alive between jobs so that loading exceljs is paid once per process.
// Plain CommonJS so that it runs unchanged from the sources and beside the bundled main process.
const { parentPort, workerData } = require('node:worker_threads');
const ExcelJS = require('exceljs');

const MAX_ROWS = 20000;
const MAX_COLUMNS = 200;

/** @param {Date} date */
function isoDate(date) {
  return Number.isNaN(date.getTime()) ? null : date.toISOString().slice(0, 10);
}

/**
 * @param {import('exceljs').CellValue} value
 * @param {string | undefined} numFmt
 * @param {boolean} [keepEmptyText] an empty text stays a text (checksums that tell "" from no value)
 * @returns {{ kind: string, value?: unknown, percentFormat?: boolean }}
 */
function content(value, numFmt, keepEmptyText = false) {
  if (value === null || value === undefined) return { kind: 'empty' };
  if (typeof value === 'number') return { kind: 'number', value, percentFormat: typeof numFmt === 'string' && /%/.test(numFmt.replace(/"[^"]*"/g, '')) };
  if (typeof value === 'string') return value.trim() === '' && !keepEmptyText ? { kind: 'empty' } : { kind: 'text', value };
  if (typeof value === 'boolean') return { kind: 'boolean', value };
  if (value instanceof Date) {
    const iso = isoDate(value);
    return iso ? { kind: 'date', value: iso } : { kind: 'error', value: '#DATUM' };
  }
  if (typeof value === 'object') {
    if ('richText' in value && Array.isArray(value.richText)) return content(value.richText.map((part) => part.text).join(''), numFmt, keepEmptyText);
    if ('error' in value) return { kind: 'error', value: String(value.error) };
    if ('result' in value) return content(/** @type {import('exceljs').CellValue} */ (value.result ?? null), numFmt, keepEmptyText);
    if ('formula' in value || 'sharedFormula' in value) return { kind: 'empty' };
    if ('text' in value) return content(/** @type {import('exceljs').CellValue} */ (value.text), numFmt, keepEmptyText);
  }
  return { kind: 'text', value: String(value) };
}

/**
 * Which parts of a workbook to return: sheets with a header row naming all `headerMarkers`
 * (only the columns titled in `keepColumns`), the sheets named in `fullSheets` whole, and with
 * `firstVisibleSheet` the first visible sheet whole (a table of contributions); with
 * `keepEmptyText` an empty text cell comes back as text.
 * @typedef {{ headerMarkers: string[], keepColumns: string[], fullSheets: string[], firstVisibleSheet?: boolean, allSheets?: boolean, keepEmptyText?: boolean }} Selection
 */

const HEADER_SEARCH_ROWS = 10;

/** @param {import('exceljs').Cell} cell */
function title(cell) {
  return typeof cell.value === 'string' ? cell.value.trim().toLowerCase() : '';
}

/**
 * @param {import('exceljs').Worksheet} sheet
 * @param {Selection} selection
 * @returns {{ row: number, columns: Set<number> } | null}
 */
function findHeader(sheet, selection) {
  for (let number = 1; number <= Math.min(HEADER_SEARCH_ROWS, sheet.rowCount); number += 1) {
    /** @type {Map<string, number>} */
    const titles = new Map();
    sheet.getRow(number).eachCell({ includeEmpty: false }, (cell, column) => titles.set(title(cell), column));
    if (selection.headerMarkers.every((marker) => titles.has(marker))) {
      const columns = new Set(selection.keepColumns.map((name) => titles.get(name)).filter((column) => column !== undefined));
      return { row: number, columns: /** @type {Set<number>} */ (columns) };
    }
  }
  return null;
}

/**
 * @param {Buffer} bytes
 * @param {Selection} selection
 */
async function read(bytes, selection) {
  const workbook = new ExcelJS.Workbook();
  // Whole-column validations would expand into a million entries; the reader needs none of them.
  // exceljs declares its own Buffer type, which differs from @types/node's generic one.
  await workbook.xlsx.load(/** @type {any} */ (bytes), { ignoreNodes: ['dataValidations'] });
  const sheets = [];
  const firstVisible = workbook.worksheets.find((sheet) => sheet.state === 'visible');
  for (const sheet of workbook.worksheets) {
    const whole = selection.allSheets === true || selection.fullSheets.includes(sheet.name) || (selection.firstVisibleSheet === true && sheet === firstVisible);
    const header = whole ? null : findHeader(sheet, selection);
    if (!whole && !header) continue;
    /** @type {{ number: number, cells: { column: number, content: unknown }[] }[]} */
    const rows = [];
    let truncated = false;
    sheet.eachRow({ includeEmpty: false }, (row, number) => {
      if (number > MAX_ROWS) {
        truncated = true;
        return;
      }
      /** @type {{ column: number, content: unknown }[]} */
      const cells = [];
      row.eachCell({ includeEmpty: false }, (cell, column) => {
        if (column > MAX_COLUMNS) return;
        // Only the columns the reader uses cross back to the main thread; question texts do not.
        if (header && number !== header.row && !header.columns.has(column)) return;
        if (cell.isMerged && cell.master !== cell) return;
        cells.push({ column, content: content(cell.value, cell.numFmt, selection.keepEmptyText === true) });
      });
      rows.push({ number, cells });
    });
    sheets.push({
      name: sheet.name,
      state: sheet.state,
      merges: Object.keys(/** @type {any} */ (sheet)._merges ?? {}).map((key) => /** @type {any} */ (sheet)._merges[key].range),
      truncated,
      rows,
    });
  }
  return { sheets };
}

// Started ahead of the first workbook: read a tiny one, so that the first real one finds the
// reading code compiled.
if (workerData?.warm) {
  const sample = new ExcelJS.Workbook();
  sample.addWorksheet('Fragen').addRow(['ID', 'Antwort']);
  sample.xlsx
    .writeBuffer()
    .then((bytes) => read(Buffer.from(bytes), { headerMarkers: ['id'], keepColumns: ['id', 'antwort'], fullSheets: [] }))
    .catch(() => undefined);
}

parentPort?.on('message', (/** @type {{ id: number, bytes: Uint8Array, selection: Selection }} */ job) => {
  read(Buffer.from(job.bytes), job.selection).then(
    (workbook) => parentPort?.postMessage({ id: job.id, ok: true, workbook }),
    (error) => parentPort?.postMessage({ id: job.id, ok: false, message: error instanceof Error ? error.message : String(error) }),
  );
});
