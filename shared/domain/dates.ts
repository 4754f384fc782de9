/** Calendar dates as ISO strings (YYYY-MM-DD), compared and shifted without time zones. */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isValidIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  return date.toISOString().slice(0, 10) === value;
}

/**
 * The earliest date the app stores. Spreadsheets count days from 1900 with a leap day that never
 * was (29.02.1900), so earlier dates would reach Excel and LibreOffice a day off; no date of an
 * audit lies before it.
 */
export const EARLIEST_DATE: IsoDate = '1900-03-01';
export const EARLIEST_DATE_MESSAGE = 'Daten vor dem 01.03.1900 sind nicht möglich.';

function toUtc(value: IsoDate): Date {
  const [y, m, d] = value.split('-').map(Number);
  return new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1));
}

function fromUtc(date: Date): IsoDate {
  return date.toISOString().slice(0, 10);
}

/** Adds calendar months; the 31st plus one month ends on the last day of the shorter month. */
export function addMonths(value: IsoDate, months: number): IsoDate {
  const start = toUtc(value);
  const targetMonth = start.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(start.getUTCFullYear(), targetMonth + 1, 0)).getUTCDate();
  const day = Math.min(start.getUTCDate(), lastDay);
  return fromUtc(new Date(Date.UTC(start.getUTCFullYear(), targetMonth, day)));
}

/** Whole calendar months from `from` to `to`, counting a started month only once it is complete. */
export function wholeMonthsBetween(from: IsoDate, to: IsoDate): number {
  const a = toUtc(from);
  const b = toUtc(to);
  let months = (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + (b.getUTCMonth() - a.getUTCMonth());
  if (addMonths(from, months) > to) months -= 1;
  return months;
}

export function formatGermanDate(value: IsoDate): string {
  const [y, m, d] = value.split('-');
  return `${d}.${m}.${y}`;
}

/** Today's date in the local time zone, as the auditor's calendar shows it. */
export function localToday(now: Date = new Date()): IsoDate {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** An instant as German local date and time, e.g. "21.11.2026, 13:05". */
export function formatGermanDateTime(iso: string, timeZone?: string): string {
  return new Intl.DateTimeFormat('de-DE', { dateStyle: 'medium', timeStyle: 'short', ...(timeZone ? { timeZone } : {}) }).format(new Date(iso));
}
