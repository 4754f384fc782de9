import type { Question } from '../catalogue/catalogue-schema';
import { formatGermanDate, type IsoDate } from '../domain/dates';
import { parseGermanDate } from '../domain/german-dates';
import { formatGermanDecimal, parseGermanDecimal } from '../domain/german-numbers';
import { checkAnswerValue, notANumberMessage, YES_PARTLY_NO, type AnswerCheck } from './answer-value';

/** A spreadsheet cell as the reader sees it, independent of the library that parsed it. */
export type CellContent =
  | { kind: 'empty' }
  | { kind: 'number'; value: number; percentFormat?: boolean }
  | { kind: 'text'; value: string }
  | { kind: 'date'; value: IsoDate }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'error'; value: string };

export const EMPTY_CELL: CellContent = { kind: 'empty' };

const YES = new Set(['ja', 'j', 'yes', 'y', 'x', '✓', '✔', 'wahr', 'true', 'vorhanden', 'zutreffend']);
const PARTLY = new Set(['teilweise', 'teilw.', 'teilw', 'tw', 'tw.', 'teils', 'zum teil', 'z. t.', 'z.t.', 'partly', 'partially']);
const NO = new Set(['nein', 'n', 'no', 'falsch', 'false', '-', '–', 'nicht vorhanden', 'entfällt']);

function normalize(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}

function fail(message: string): AnswerCheck {
  return { ok: false, message };
}

/** Text of a cell as a person would read it (numbers and dates in German form). */
export function cellText(cell: CellContent): string {
  switch (cell.kind) {
    case 'text':
      return cell.value.trim();
    case 'number':
      return formatGermanDecimal(cell.value);
    case 'date':
      return formatGermanDate(cell.value);
    case 'boolean':
      return cell.value ? 'WAHR' : 'FALSCH';
    default:
      return '';
  }
}

function readNumber(question: Extract<Question, { type: 'number' | 'percent' | 'currency' }>, cell: CellContent): AnswerCheck {
  if (cell.kind === 'number') {
    // Excel stores "45 %" typed into a percent-formatted cell as 0.45.
    const scaled = question.type === 'percent' && cell.percentFormat && Math.abs(cell.value) <= 1 ? cell.value * 100 : cell.value;
    return checkAnswerValue(question, Number(scaled.toFixed(10)));
  }
  if (cell.kind === 'text') {
    const parsed = parseGermanDecimal(cell.value);
    if (parsed === null || Number.isNaN(parsed)) return fail(`„${cell.value.trim()}“ ist keine Zahl. ${notANumberMessage(question, 'eintragen')}`);
    return checkAnswerValue(question, parsed);
  }
  if (cell.kind === 'date') return fail(`Hier steht ein Datum (${formatGermanDate(cell.value)}), erwartet wird eine Zahl.`);
  return fail(notANumberMessage(question, 'eintragen'));
}

function readYesPartlyNo(cell: CellContent): AnswerCheck {
  if (cell.kind === 'boolean') return { ok: true, value: cell.value ? 'ja' : 'nein' };
  if (cell.kind === 'number' && (cell.value === 1 || cell.value === 0)) return { ok: true, value: cell.value === 1 ? 'ja' : 'nein' };
  const text = normalize(cellText(cell));
  if (YES.has(text)) return { ok: true, value: 'ja' };
  if (PARTLY.has(text)) return { ok: true, value: 'teilweise' };
  if (NO.has(text)) return { ok: true, value: 'nein' };
  return fail(`„${cellText(cell)}“ ist keine gültige Antwort. Erlaubt sind ${YES_PARTLY_NO.map((option) => option.label).join(', ')}.`);
}

function matchOption(options: readonly { id: string; label: string }[], text: string): string | undefined {
  const wanted = normalize(text);
  return options.find((option) => normalize(option.label) === wanted || option.id === wanted)?.id;
}

function readMultiple(question: Extract<Question, { type: 'multipleChoice' }>, cell: CellContent): AnswerCheck {
  const text = cellText(cell);
  let parts = text.split(/[;\n]/).map((part) => part.trim()).filter(Boolean);
  // Without semicolons, commas may separate options, unless a label itself contains a comma.
  if (parts.length === 1 && matchOption(question.options, text) === undefined) parts = text.split(',').map((part) => part.trim()).filter(Boolean);
  const ids: string[] = [];
  for (const part of parts) {
    const id = matchOption(question.options, part);
    if (!id) return fail(`„${part}“ ist keine Option dieser Frage. Möglich sind: ${question.options.map((option) => option.label).join('; ')}.`);
    ids.push(id);
  }
  return checkAnswerValue(question, ids);
}

/**
 * Reads an answer from a cell the way a person typed it: German decimals as text, percent
 * signs, dates as real dates or as text, yes/no in many spellings, options by their labels.
 * An empty cell is "not answered".
 */
export function readCellAnswer(question: Question, cell: CellContent): AnswerCheck {
  if (cell.kind === 'empty') return { ok: true, value: null };
  if (cell.kind === 'error') return fail(`Die Zelle enthält einen Fehlerwert (${cell.value}), vermutlich aus einer Formel.`);
  switch (question.type) {
    case 'number':
    case 'percent':
    case 'currency':
      return readNumber(question, cell);
    case 'yesPartlyNo':
      return readYesPartlyNo(cell);
    case 'singleChoice': {
      const id = matchOption(question.options, cellText(cell));
      return id ? { ok: true, value: id } : fail(`„${cellText(cell)}“ ist keine Option dieser Frage. Möglich sind: ${question.options.map((option) => option.label).join('; ')}.`);
    }
    case 'multipleChoice':
      return readMultiple(question, cell);
    case 'date': {
      const date = readCellDate(cell);
      return date.ok ? checkAnswerValue(question, date.value) : date;
    }
    case 'shortText':
    case 'longText':
      return checkAnswerValue(question, cell.kind === 'text' ? cell.value : cellText(cell));
  }
}

/** A date from a real date cell or from text such as 15.03.2025. */
export function readCellDate(cell: CellContent): AnswerCheck {
  if (cell.kind === 'empty') return { ok: true, value: null };
  if (cell.kind === 'date') return { ok: true, value: cell.value };
  if (cell.kind === 'text') {
    const parsed = parseGermanDate(cell.value);
    return parsed.ok ? { ok: true, value: parsed.value } : fail(parsed.message);
  }
  return fail(`„${cellText(cell)}“ ist kein Datum. Bitte TT.MM.JJJJ eintragen.`);
}
