import type { Question } from '../catalogue/catalogue-schema';
import { formatGermanDate } from '../domain/dates';
import { parseGermanDate } from '../domain/german-dates';
import { formatGermanDecimal, formatEuro, parseGermanDecimal } from '../domain/german-numbers';
import { checkAnswerValue, notANumberMessage, YES_PARTLY_NO, type AnswerCheck, type AnswerValue } from './answer-value';

/** The types a person answers by typing text (the others are chosen from options). */
export type TypedQuestion = Extract<Question, { type: 'number' | 'percent' | 'currency' | 'shortText' | 'longText' | 'date' }>;

export function isTyped(question: Question): question is TypedQuestion {
  return ['number', 'percent', 'currency', 'shortText', 'longText', 'date'].includes(question.type);
}

/** How a stored value is shown for editing: German numbers and dates. */
export function answerToText(question: TypedQuestion, value: AnswerValue | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return formatGermanDecimal(value);
  if (question.type === 'date' && typeof value === 'string') return formatGermanDate(value);
  return typeof value === 'string' ? value : '';
}

/** Reads what was typed, as a German user types it, and checks it against the question. */
export function textToAnswer(question: TypedQuestion, text: string): AnswerCheck {
  switch (question.type) {
    case 'number':
    case 'percent':
    case 'currency': {
      const number = parseGermanDecimal(text);
      if (Number.isNaN(number)) return { ok: false, message: notANumberMessage(question) };
      return checkAnswerValue(question, number);
    }
    case 'date': {
      const date = parseGermanDate(text);
      return date.ok ? checkAnswerValue(question, date.value) : { ok: false, message: date.message };
    }
    default:
      return checkAnswerValue(question, text);
  }
}

/** An answer as a person reads it: German numbers and dates, option labels. */
export function describeAnswer(question: Question | undefined, value: AnswerValue | null): string {
  if (value === null) return '–';
  if (!question) return Array.isArray(value) ? value.join('; ') : String(value);
  switch (question.type) {
    case 'yesPartlyNo':
      return YES_PARTLY_NO.find((option) => option.id === value)?.label ?? String(value);
    case 'singleChoice':
      return question.options.find((option) => option.id === value)?.label ?? String(value);
    case 'multipleChoice':
      return Array.isArray(value) ? question.options.filter((option) => value.includes(option.id)).map((option) => option.label).join('; ') : String(value);
    case 'percent':
      return typeof value === 'number' ? `${formatGermanDecimal(value)} %` : String(value);
    case 'currency':
      return typeof value === 'number' ? formatEuro(value) : String(value);
    default:
      return answerToText(question, value);
  }
}
