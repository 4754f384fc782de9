import type { Question } from '../catalogue/catalogue-schema';
import { EARLIEST_DATE, EARLIEST_DATE_MESSAGE, formatGermanDate, isValidIsoDate } from '../domain/dates';
import { formatGermanDecimal } from '../domain/german-numbers';
import { isXmlSafe, XML_UNSAFE_MESSAGE } from '../domain/xml-safe-text';
import { countOf } from '../domain/german-plural';

/** A stored answer: a number, an ISO date, an option id, text, or a list of option ids. */
export type AnswerValue = number | string | string[];

export type AnswerCheck = { ok: true; value: AnswerValue | null } | { ok: false; message: string };

export const YES_PARTLY_NO = [
  { id: 'ja', label: 'Ja' },
  { id: 'teilweise', label: 'Teilweise' },
  { id: 'nein', label: 'Nein' },
] as const;

function fail(message: string): AnswerCheck {
  return { ok: false, message };
}

function decimalsOf(value: number): number {
  const text = String(value);
  if (text.includes('e-')) return Number(text.split('e-')[1]);
  return text.split('.')[1]?.length ?? 0;
}

/** What to type instead of something that is not a number: an example that fits the question. */
export function notANumberMessage(question: Extract<Question, { type: 'number' | 'percent' | 'currency' }>, verb = 'eingeben'): string {
  const decimals = question.type === 'currency' ? Math.max(question.decimals, 2) : question.decimals;
  return decimals === 0 ? `Bitte eine ganze Zahl ${verb}, z. B. 1.234.` : `Bitte eine Zahl ${verb}, z. B. 1.234,5.`;
}

function checkNumber(question: Extract<Question, { type: 'number' | 'percent' | 'currency' }>, value: unknown): AnswerCheck {
  const decimals = question.type === 'currency' ? Math.max(question.decimals, 2) : question.decimals;
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    return fail(notANumberMessage(question));
  }
  const shown = formatGermanDecimal(value, 6);
  if (decimalsOf(value) > decimals) {
    const allowed = decimals === 0 ? 'Bitte eine ganze Zahl eingeben' : `Erlaubt ${decimals === 1 ? 'ist höchstens 1 Nachkommastelle' : `sind höchstens ${decimals} Nachkommastellen`}`;
    return fail(`${shown} hat zu viele Nachkommastellen. ${allowed}.${fractionHint(question, value)}`);
  }
  const min = question.min ?? (question.type === 'percent' ? 0 : undefined);
  const max = question.max ?? (question.type === 'percent' ? 100 : undefined);
  if (min !== undefined && value < min) return fail(`${shown} liegt unter dem Mindestwert ${formatGermanDecimal(min)}.`);
  if (max !== undefined && value > max) return fail(`${shown} liegt über dem Höchstwert ${formatGermanDecimal(max)}.`);
  return { ok: true, value };
}

/** A share typed as a fraction (0,224 for 22,4 %) is the commonest slip in a percent question. */
function fractionHint(question: Question, value: number): string {
  if (question.type !== 'percent' || value <= 0 || value >= 1) return '';
  return ` Anteile bitte in Prozent angeben: ${formatGermanDecimal(value, 6)} entspricht ${formatGermanDecimal(value * 100, 4)} %.`;
}

function checkOptions(question: Extract<Question, { type: 'multipleChoice' }>, value: unknown): AnswerCheck {
  if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) return fail('Bitte aus den Optionen wählen.');
  const ids = new Set(question.options.map((option) => option.id));
  const unknown = value.find((item) => !ids.has(item as string));
  if (unknown !== undefined) return fail(`„${String(unknown)}“ ist keine Option dieser Frage.`);
  const chosen = question.options.map((option) => option.id).filter((id) => value.includes(id));
  if (chosen.length === 0) return { ok: true, value: null };
  const exclusive = question.options.find((option) => option.exclusive && chosen.includes(option.id));
  if (exclusive && chosen.length > 1) return fail(`„${exclusive.label}“ lässt sich nicht mit anderen Optionen verbinden.`);
  if (question.minSelected !== undefined && chosen.length < question.minSelected) return fail(`Bitte mindestens ${countOf(question.minSelected, 'Option', 'Optionen')} wählen.`);
  if (question.maxSelected !== undefined && chosen.length > question.maxSelected) return fail(`Bitte höchstens ${countOf(question.maxSelected, 'Option', 'Optionen')} wählen.`);
  return { ok: true, value: chosen };
}

/**
 * Checks a value against its question. `null`, an empty text and an empty selection all mean
 * "not answered". Every refusal is a German sentence for the person who typed it.
 */
export function checkAnswerValue(question: Question, value: unknown): AnswerCheck {
  if (value === null || value === undefined) return { ok: true, value: null };
  switch (question.type) {
    case 'number':
    case 'percent':
    case 'currency':
      return checkNumber(question, value);
    case 'yesPartlyNo':
      return YES_PARTLY_NO.some((option) => option.id === value) ? { ok: true, value: value as string } : fail('Bitte Ja, Teilweise oder Nein wählen.');
    case 'singleChoice':
      return question.options.some((option) => option.id === value) ? { ok: true, value: value as string } : fail('Bitte eine der Optionen wählen.');
    case 'multipleChoice':
      return checkOptions(question, value);
    case 'shortText':
    case 'longText': {
      if (typeof value !== 'string') return fail('Bitte Text eingeben.');
      if (!isXmlSafe(value)) return fail(XML_UNSAFE_MESSAGE);
      const text = value.trim();
      if (text === '') return { ok: true, value: null };
      if (text.length > question.maxLength) return fail(`Höchstens ${question.maxLength} Zeichen (jetzt ${text.length}).`);
      return { ok: true, value: text };
    }
    case 'date': {
      if (typeof value !== 'string' || !isValidIsoDate(value)) return fail('Bitte ein gültiges Datum eingeben.');
      if (value < EARLIEST_DATE) return fail(EARLIEST_DATE_MESSAGE);
      if (question.min && value < question.min) return fail(`Das Datum darf nicht vor dem ${formatGermanDate(question.min)} liegen.`);
      if (question.max && value > question.max) return fail(`Das Datum darf nicht nach dem ${formatGermanDate(question.max)} liegen.`);
      return { ok: true, value };
    }
  }
}

/** Whether the question asks for a reference date (Stichtag) along with its figure. */
export function asksForStichtag(question: Question): boolean {
  return (question.type === 'number' || question.type === 'percent' || question.type === 'currency') && question.stichtag;
}
