import { BUNDESLAENDER, BUNDESLAND_CODES, type BundeslandCode } from '../../../shared/domain/bundeslaender';
import { formatGermanDate, formatGermanDateTime } from '../../../shared/domain/dates';
import { formatGermanInteger } from '../../../shared/domain/german-numbers';

export { CASE_KIND_LABELS } from '../../../shared/vocabulary/cases';

export const STATUS_LABELS = { active: 'Aktiv', archived: 'Archiviert', trash: 'Papierkorb' } as const;

export const SORT_LABELS = {
  municipalityName: 'Name',
  ags: 'AGS',
  bundesland: 'Bundesland',
  population: 'Einwohner',
  createdAt: 'Angelegt',
  updatedAt: 'Zuletzt geändert',
} as const;

export function bundeslandLabel(code: BundeslandCode): string {
  return BUNDESLAENDER[code];
}

/** The Länder in alphabetical order, as people look for them (the codes' order is the statistical one). */
export const BUNDESLAND_OPTIONS = BUNDESLAND_CODES.map((code) => ({ value: code, label: BUNDESLAENDER[code] })).sort((a, b) => a.label.localeCompare(b.label, 'de'));

export function formatTimestamp(iso: string): string {
  return formatGermanDateTime(iso);
}

export function formatDate(iso: string | null): string {
  return iso ? formatGermanDate(iso) : '–';
}

export function formatPopulation(value: number | null): string {
  return value === null ? '–' : formatGermanInteger(value);
}
