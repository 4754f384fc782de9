import { formatGermanDate, formatGermanDateTime, isValidIsoDate } from '../domain/dates';

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** Columns whose value is a whole record of other values; the log says how many, not what. */
const COUNTED = new Map([['exported_answers', (count: number) => (count === 1 ? '1 Antwort' : `${count.toLocaleString('de-DE')} Antworten`)]]);

/** A logged column value as the auditor reads it: JSON unpacked, dates and numbers the German way. */
export function formatLoggedValue(value: unknown, field?: string): string {
  if (value === null || value === undefined || value === '') return '–';
  const count = field === undefined ? undefined : COUNTED.get(field);
  if (count && typeof value === 'string') {
    try {
      const record: unknown = JSON.parse(value);
      if (record !== null && typeof record === 'object') return count(Object.keys(record).length);
    } catch {
      // Not a record after all: shown as it is below.
    }
  }
  let shown: unknown = value;
  if (typeof value === 'string' && /^[[{"]/.test(value)) {
    try {
      shown = JSON.parse(value) as unknown;
    } catch {
      shown = value;
    }
  }
  if (Array.isArray(shown) && shown.length === 0) return '–';
  if (typeof shown === 'string' && ISO_DATE_TIME.test(shown) && !Number.isNaN(Date.parse(shown))) return formatGermanDateTime(shown);
  if (typeof shown === 'string' && isValidIsoDate(shown)) return formatGermanDate(shown);
  const text = typeof shown === 'string' ? shown : typeof shown === 'number' ? shown.toLocaleString('de-DE') : JSON.stringify(shown);
  return text.length > 160 ? `${text.slice(0, 159)}…` : text;
}
