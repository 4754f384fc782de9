// @ts-check
// Parses .xlsx files in a worker thread with a memory limit and returns plain cell contents.
// It stays alive between jobs so that loading exceljs is paid once per process.
// Plain CommonJS so that it runs unchanged from the sources and beside the bundled main process.
const { parentPort } = require('node:worker_threads');
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
 * @returns {{ kind: string, value?: unknown, percentFormat?: boolean }}
 */
function content(value, numFmt) {
  if (value === null || value === undefined) return { kind: 'empty' };
  if (typeof value === 'number') return { kind: 'number', value, percentFormat: typeof numFmt === 'string' && /%/.test(numFmt.replace(/"[^"]*"/g, '')) };
  if (typeof value === 'string') return value.trim() === '' ? { kind: 'empty' } : { kind: 'text', value };
  if (typeof value === 'boolean') return { kind: 'boolean', value };
  if (value instanceof Date) {
    const iso = isoDate(value);
    return iso ? { kind: 'date', value: iso } : { kind: 'error', value: '#DATUM' };
  }
  if (typeof value === 'object') {
    if ('richText' in value && Array.isArray(value.richText)) return content(value.richText.map((part) => part.text).join(''), numFmt);
    if ('error' in value) return { kind: 'error', value: String(value.error) };
    if ('result' in value) return content(/** @type {import('exceljs').CellValue} */ (value.result ?? null), numFmt);
    if ('formula' in value || 'sharedFormula' in value) return { kind: 'empty' };
    if ('text' in value) return content(/** @type {import('exceljs').CellValue} */ (value.text), numFmt);
  }
  return { kind: 'text', value: String(value) };
}

/** @param {Buffer} bytes */
async function read(bytes) {
  const workbook = new ExcelJS.Workbook();
  // Whole-column validations would expand into a million entries; the reader needs none of them.
  // exceljs declares its own Buffer type, which differs from @types/node's generic one.
  await workbook.xlsx.load(/** @type {any} */ (bytes), { ignoreNodes: ['dataValidations'] });
  const sheets = [];
  for (const sheet of workbook.worksheets) {
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
        if (cell.isMerged && cell.master !== cell) return;
        cells.push({ column, content: content(cell.value, cell.numFmt) });
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

parentPort?.on('message', (/** @type {{ id: number, bytes: Uint8Array }} */ job) => {
  read(Buffer.from(job.bytes)).then(
    (workbook) => parentPort?.postMessage({ id: job.id, ok: true, workbook }),
    (error) => parentPort?.postMessage({ id: job.id, ok: false, message: error instanceof Error ? error.message : String(error) }),
  );
});
