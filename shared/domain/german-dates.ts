import { isValidIsoDate, type IsoDate } from './dates';

export type DateEntry = { ok: true; value: IsoDate | null } | { ok: false; message: string };

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
