import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import type { ContributionTable } from '../../../shared/participation/idea-import';
import { cellText } from '../../../shared/questionnaire/workbook-cells';
import { readWorkbook } from '../xlsx/read-workbook';

const MAX_CONTRIBUTION_ROWS = 20_000;
const MAX_COLUMNS = 200;
const MAX_CELL_LENGTH = 20_000;

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE2_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);
const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const UTF16LE_BOM = Buffer.from([0xff, 0xfe]);

type TableRead =
  | ({ ok: true; format: 'csv'; encoding: 'UTF-8' | 'Windows-1252' | 'UTF-16'; separator: ';' | ',' | 'Tab' } & ContributionTable)
  | ({ ok: true; format: 'xlsx'; encoding: null; separator: null } & ContributionTable)
  | { ok: false; message: string };

/** UTF-8 (with or without BOM) where the bytes are valid UTF-8, else Windows-1252, as German offices save CSV. */
function decode(bytes: Buffer): { text: string; encoding: 'UTF-8' | 'Windows-1252' | 'UTF-16' } {
  if (bytes.subarray(0, 3).equals(UTF8_BOM)) return { text: bytes.subarray(3).toString('utf8'), encoding: 'UTF-8' };
  if (bytes.subarray(0, 2).equals(UTF16LE_BOM)) return { text: iconv.decode(bytes.subarray(2), 'utf16le'), encoding: 'UTF-16' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    return { text: iconv.decode(bytes, 'win1252'), encoding: 'Windows-1252' };
  }
}

/** The separator the first line uses most, outside quotes. */
function separatorOf(text: string): ';' | ',' | '\t' {
  const counts = { ';': 0, ',': 0, '\t': 0 };
  let quoted = false;
  for (const character of text.slice(0, 10_000)) {
    if (character === '"') quoted = !quoted;
    else if (!quoted && (character === '\n' || character === '\r')) break;
    else if (!quoted && character in counts) counts[character as keyof typeof counts] += 1;
  }
  const [best] = (Object.entries(counts) as [keyof typeof counts, number][]).sort((a, b) => b[1] - a[1]);
  return best && best[1] > 0 ? best[0] : ',';
}

function table(records: string[][]): ContributionTable | string {
  if (records.length === 0) return 'Die Datei ist leer.';
  if (records.length - 1 > MAX_CONTRIBUTION_ROWS) return `Die Tabelle hat ${records.length - 1} Zeilen; eingelesen werden höchstens ${MAX_CONTRIBUTION_ROWS}.`;
  if (records.some((record) => record.length > MAX_COLUMNS)) return `Eine Zeile hat mehr als ${MAX_COLUMNS} Spalten.`;
  if (records.some((record) => record.some((cell) => cell.length > MAX_CELL_LENGTH))) return `Eine Zelle ist länger als ${MAX_CELL_LENGTH} Zeichen.`;
  const [headers = [], ...rows] = records;
  return { headers: headers.map((header) => header.trim()), rows: rows.map((cells, index) => ({ number: index + 2, cells })) };
}

function readCsv(bytes: Buffer): TableRead {
  const { text, encoding } = decode(bytes);
  if (text.includes('\u0000')) return { ok: false, message: 'Die Datei ist keine Texttabelle (CSV); sie enthält Binärdaten.' };
  const separator = separatorOf(text);
  let records: string[][];
  try {
    records = parse(text, { delimiter: separator, relax_column_count: true, skip_empty_lines: true, bom: true, max_record_size: MAX_CELL_LENGTH * 4, to: MAX_CONTRIBUTION_ROWS + 2 }) as string[][];
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    return { ok: false, message: `Die CSV-Datei lässt sich nicht lesen${line ? ` (Zeile ${line})` : ''}: bitte Anführungszeichen und Trennzeichen prüfen oder die Datei neu speichern.` };
  }
  const read = table(records);
  return typeof read === 'string' ? { ok: false, message: read } : { ok: true, format: 'csv', encoding, separator: separator === '\t' ? 'Tab' : separator, ...read };
}

async function readXlsx(bytes: Buffer): Promise<TableRead> {
  // No header marker matches; the first visible sheet comes back whole, through the file checks and the guarded worker.
  const read = await readWorkbook(bytes, { headerMarkers: ['\u0000'], keepColumns: [], fullSheets: [], firstVisibleSheet: true });
  if (!read.ok) return read;
  const sheet = read.workbook.sheets[0];
  if (!sheet) return { ok: false, message: 'Die Arbeitsmappe hat kein sichtbares Blatt.' };
  if (sheet.truncated) return { ok: false, message: `Das Blatt „${sheet.name}“ hat mehr Zeilen, als eingelesen werden (${MAX_CONTRIBUTION_ROWS}).` };
  const records = sheet.rows.map((row) => {
    const cells: string[] = [];
    for (const cell of row.cells) cells[cell.column - 1] = cellText(cell.content);
    return Array.from(cells, (cell) => cell ?? '');
  });
  const first = sheet.rows[0]?.number ?? 1;
  const result = table(records);
  if (typeof result === 'string') return { ok: false, message: result };
  // Row numbers as the spreadsheet shows them, also where empty rows were left out.
  return { ok: true, format: 'xlsx', encoding: null, separator: null, headers: result.headers, rows: sheet.rows.slice(1).map((row, index) => ({ number: row.number, cells: result.rows[index]?.cells ?? [] })).filter((row) => row.number > first) };
}

/** A table of contributions from a CSV or XLSX file; any other file is refused with a German reason. */
export async function readContributionTable(bytes: Buffer): Promise<TableRead> {
  if (bytes.length === 0) return { ok: false, message: 'Die Datei ist leer.' };
  if (bytes.subarray(0, 4).equals(ZIP_MAGIC)) return readXlsx(bytes);
  if (bytes.subarray(0, 4).equals(OLE2_MAGIC)) return { ok: false, message: 'Das alte Excel-Format (.xls) wird nicht gelesen. Bitte als .xlsx oder als CSV speichern.' };
  return readCsv(bytes);
}
