import type { Section } from '../../../shared/catalogue/catalogue-schema';
import type { WorkbookAnswer } from '../../../shared/questionnaire/import-diff';
import { asksForStichtag } from '../../../shared/questionnaire/answer-value';
import { cellText, EMPTY_CELL, readCellAnswer, readCellDate, type CellContent } from '../../../shared/questionnaire/workbook-cells';
import type { ExtractedSheet, ExtractedWorkbook } from './extracted-workbook';
import { COLUMNS, INSTRUCTIONS_SHEET, LISTS_SHEET, META_KEYS, META_SHEET, TEMPLATE_FORMAT } from './template-layout';
import { stripXmlUnsafe } from '../../../shared/domain/xml-safe-text';

interface ImportProblem {
  sheet: string;
  row: number | null;
  questionId: string | null;
  /** What the row's cell held, as a person reads it (shortened); null for a problem of a whole sheet. */
  value: string | null;
  message: string;
}

interface WorkbookExpectation {
  caseId: string;
  municipalityName: string;
  catalogueId: string;
  catalogueVersion: number;
  sections: Section[];
}

type ParsedQuestionnaire =
  | { ok: true; answers: (WorkbookAnswer & { sheet: string; row: number })[]; problems: ImportProblem[]; exportId: string | null }
  | { ok: false; refusal: string; otherCase?: { caseId: string; municipality: string; exportedAt: string | null } };

const HEADER_SEARCH_ROWS = 10;
const SHOWN_VALUE_LENGTH = 200;

/** A cell's content for a problem report: error values as Excel shows them, long text shortened. */
function shownValue(cell: CellContent): string {
  const text = stripXmlUnsafe(cell.kind === 'error' ? cell.value : cellText(cell));
  return text.length > SHOWN_VALUE_LENGTH ? `${text.slice(0, SHOWN_VALUE_LENGTH - 1)}…` : text;
}

/** What the reader worker needs to return for a fill-in workbook. */
export const QUESTIONNAIRE_SELECTION = {
  headerMarkers: [COLUMNS.id, COLUMNS.answer].map((title) => title.toLowerCase()),
  keepColumns: [COLUMNS.id, COLUMNS.answer, COLUMNS.stichtag, COLUMNS.comment].map((title) => title.toLowerCase()),
  fullSheets: [META_SHEET],
};

function columnLetterToNumber(letters: string): number {
  return [...letters].reduce((sum, char) => sum * 26 + (char.charCodeAt(0) - 64), 0);
}

function mergedRowsTouching(sheet: ExtractedSheet, columns: number[]): Map<number, string> {
  const touched = new Map<number, string>();
  for (const range of sheet.merges) {
    const match = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(range);
    if (!match) continue;
    const [fromCol, fromRow, toCol, toRow] = [columnLetterToNumber(match[1]!), Number(match[2]), columnLetterToNumber(match[3]!), Number(match[4])];
    if (!columns.some((column) => column >= fromCol && column <= toCol)) continue;
    for (let row = fromRow; row <= toRow; row += 1) touched.set(row, range);
  }
  return touched;
}

function readMeta(workbook: ExtractedWorkbook): Map<string, string> | null {
  const sheet = workbook.sheets.find((candidate) => candidate.name === META_SHEET);
  if (!sheet) return null;
  const meta = new Map<string, string>();
  for (const row of sheet.rows) {
    const key = row.cells.find((cell) => cell.column === 1)?.content;
    const value = row.cells.find((cell) => cell.column === 2)?.content;
    // Numbers raw (a version is "12", not the German "12" or "1.000").
    if (key && value) meta.set(cellText(key), value.kind === 'number' ? String(value.value) : cellText(value));
  }
  return meta;
}

function checkMeta(workbook: ExtractedWorkbook, expected: WorkbookExpectation): Extract<ParsedQuestionnaire, { ok: false }> | null {
  const refuse = (refusal: string) => ({ ok: false as const, refusal });
  const meta = readMeta(workbook);
  if (!meta || meta.get(META_KEYS.format) !== TEMPLATE_FORMAT) {
    return refuse('Die Arbeitsmappe ist keine Fragebogen-Vorlage aus Familienaudit (das ausgeblendete Blatt „Metadaten“ fehlt oder wurde verändert). Bitte die exportierte Vorlage verwenden.');
  }
  const otherCaseId = meta.get(META_KEYS.caseId);
  if (otherCaseId !== expected.caseId) {
    return {
      ...refuse(`Die Arbeitsmappe gehört zu einem anderen Auditfall (${meta.get(META_KEYS.municipality) || 'unbekannt'}), nicht zu ${expected.municipalityName}. Es wurde nichts übernommen.`),
      otherCase: { caseId: otherCaseId ?? '', municipality: meta.get(META_KEYS.municipality) ?? '', exportedAt: meta.get(META_KEYS.exportedAt) ?? null },
    };
  }
  if (meta.get(META_KEYS.catalogueId) !== expected.catalogueId || meta.get(META_KEYS.catalogueVersion) !== String(expected.catalogueVersion)) {
    return refuse(`Die Arbeitsmappe wurde für einen anderen Katalog erstellt (${meta.get(META_KEYS.catalogueId) ?? '?'}, Version ${meta.get(META_KEYS.catalogueVersion) ?? '?'}). Dieser Auditfall verwendet ${expected.catalogueId}, Version ${expected.catalogueVersion}.`);
  }
  return null;
}

function findHeader(sheet: ExtractedSheet): { row: number; columns: Map<string, number> } | null {
  for (const row of sheet.rows.slice(0, HEADER_SEARCH_ROWS)) {
    const columns = new Map(row.cells.map((cell) => [cellText(cell.content).toLocaleLowerCase('de-DE'), cell.column]));
    if (columns.has(COLUMNS.id.toLowerCase()) && columns.has(COLUMNS.answer.toLowerCase())) return { row: row.number, columns };
  }
  return null;
}

/**
 * Reads the answers of a filled fill-in workbook: checks that it belongs to this case and
 * catalogue, finds each sheet's columns by title and each question by its ID (so sorted rows,
 * inserted rows, extra columns and extra sheets do not matter), and collects every problem.
 */
export function parseQuestionnaireWorkbook(workbook: ExtractedWorkbook, expected: WorkbookExpectation): ParsedQuestionnaire {
  const refusal = checkMeta(workbook, expected);
  if (refusal) return refusal;
  const answers: (WorkbookAnswer & { sheet: string; row: number })[] = [];
  const problems: ImportProblem[] = [];
  const seen = new Map<string, string>();
  const questions = new Map(expected.sections.flatMap((section) => section.questions.map((question) => [question.id, question] as const)));

  for (const sheet of workbook.sheets) {
    const header = findHeader(sheet);
    if ([INSTRUCTIONS_SHEET, LISTS_SHEET, META_SHEET].includes(sheet.name)) {
      // The template's own sheets are not read; a questionnaire sheet renamed to one of them is said so, not skipped silently.
      if (header) problems.push({ sheet: sheet.name, row: null, questionId: null, value: null, message: `Das Blatt heißt wie ein Hilfsblatt der Vorlage („${sheet.name}“) und wurde deshalb nicht gelesen. Bitte das Blatt umbenennen.` });
      continue;
    }
    if (!header) continue;
    const column = (title: string) => header.columns.get(title.toLocaleLowerCase('de-DE'));
    const [idColumn, answerColumn, stichtagColumn, commentColumn] = [column(COLUMNS.id), column(COLUMNS.answer), column(COLUMNS.stichtag), column(COLUMNS.comment)];
    if (sheet.truncated) problems.push({ sheet: sheet.name, row: null, questionId: null, value: null, message: 'Das Blatt hat über 20.000 Zeilen; nur die ersten wurden gelesen.' });
    const merged = mergedRowsTouching(sheet, [idColumn, answerColumn, stichtagColumn, commentColumn].filter((value): value is number => value !== undefined));

    for (const row of sheet.rows) {
      if (row.number <= header.row) continue;
      const cell = (index: number | undefined): CellContent => (index === undefined ? EMPTY_CELL : (row.cells.find((candidate) => candidate.column === index)?.content ?? EMPTY_CELL));
      const id = cellText(cell(idColumn));
      if (id === '') continue;
      const answerCell = cell(answerColumn);
      const problem = (message: string, questionId: string | null = id, value = shownValue(answerCell)) =>
        problems.push({ sheet: sheet.name, row: row.number, questionId, value, message });
      const question = questions.get(id);
      if (!question) {
        problem(`Unbekannte Frage-ID „${id}“. Bitte die Spalte „${COLUMNS.id}“ nicht verändern.`, null);
        continue;
      }
      const range = merged.get(row.number);
      if (range) {
        problem(`Verbundene Zellen (${range}) in dieser Zeile. Bitte die Zellverbindung aufheben und die Antwort in die Spalte „${COLUMNS.answer}“ schreiben.`);
        continue;
      }
      const earlier = seen.get(question.id);
      if (earlier) {
        problem(`Die Frage steht doppelt in der Arbeitsmappe (auch ${earlier}). Bitte eine der Zeilen löschen.`);
        continue;
      }
      seen.set(question.id, `${sheet.name}, Zeile ${row.number}`);
      const value = readCellAnswer(question, answerCell);
      const stichtag = asksForStichtag(question) ? readCellDate(cell(stichtagColumn)) : { ok: true as const, value: null };
      if (!value.ok) problem(value.message);
      if (!stichtag.ok) problem(`Stichtag: ${stichtag.message}`, id, shownValue(cell(stichtagColumn)));
      if (!value.ok || !stichtag.ok) continue;
      answers.push({
        questionId: question.id,
        value: value.value,
        referenceDate: typeof stichtag.value === 'string' ? stichtag.value : null,
        comment: stripXmlUnsafe(cellText(cell(commentColumn))).slice(0, 5000),
        sheet: sheet.name,
        row: row.number,
      });
    }
  }
  return { ok: true, answers, problems, exportId: readMeta(workbook)?.get(META_KEYS.exportId) ?? null };
}
