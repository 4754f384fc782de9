import { isValidIsoDate, type IsoDate } from './dates';

type DateEntry = { ok: true; value: IsoDate | null } | { ok: false; message: string };

export const DATE_FORMAT_MESSAGE = 'Bitte ein Datum im Format TT.MM.JJJJ eingeben, z. B. 15.03.2025.';

/** Reads a date as a German user types it (15.03.2025, 5.3.2025) or in ISO form (2025-03-15). */
export function parseGermanDate(raw: string): DateEntry {
  const text = raw.trim();
  if (text === '') return { ok: true, value: null };
  const german = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
  const iso = german ? `${german[3]}-${german[2]?.padStart(2, '0')}-${german[1]?.padStart(2, '0')}` : text;
  if (!isValidIsoDate(iso)) {
    return german || /^\d{4}-\d{2}-\d{2}$/.test(text)
      ? { ok: false, message: `Den ${text} gibt es nicht im Kalender.` }
      : { ok: false, message: DATE_FORMAT_MESSAGE };
  }
  return { ok: true, value: iso };
}

type MonthEntry = { ok: true; value: string | null } | { ok: false; message: string };

/** Reads a month as typed: 03/2026, 3.2026, 2026-03. Returns YYYY-MM. */
export function parseGermanMonth(raw: string): MonthEntry {
  const text = raw.trim();
  if (text === '') return { ok: true, value: null };
  const german = /^(\d{1,2})[./](\d{4})$/.exec(text);
  const iso = /^(\d{4})-(\d{2})$/.exec(text);
  const [year, month] = german ? [german[2], german[1]] : iso ? [iso[1], iso[2]] : [undefined, undefined];
  const number = Number(month);
  if (!year || !Number.isInteger(number) || number < 1 || number > 12) return { ok: false, message: 'Bitte Monat und Jahr als MM/JJJJ eingeben, z. B. 03/2026.' };
  return { ok: true, value: `${year}-${String(number).padStart(2, '0')}` };
}

export function formatGermanMonth(value: string | null): string {
  return value ? `${value.slice(5, 7)}/${value.slice(0, 4)}` : '';
}

/** A date that must be given: an empty field is refused with `missing`, a wrong one as parseGermanDate says. */
export function parseRequiredGermanDate(raw: string, missing: string): { ok: true; value: string } | { ok: false; message: string } {
  const parsed = parseGermanDate(raw);
  if (!parsed.ok) return parsed;
  return parsed.value ? { ok: true, value: parsed.value } : { ok: false, message: missing };
}
