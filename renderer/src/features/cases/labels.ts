import { BUNDESLAENDER, BUNDESLAND_CODES, type BundeslandCode } from '../../../../shared/domain/bundeslaender';
import { formatGermanDate } from '../../../../shared/domain/dates';
import { formatGermanInteger } from '../../../../shared/domain/german-numbers';

export { AUDIT_ROUND_LABELS, CASE_KIND_LABELS } from '../../../../shared/contract/cases';

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

export const BUNDESLAND_OPTIONS = BUNDESLAND_CODES.map((code) => ({ value: code, label: BUNDESLAENDER[code] }));

export function formatTimestamp(iso: string): string {
  return new Intl.DateTimeFormat('de-DE', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

export function formatDate(iso: string | null): string {
  return iso ? formatGermanDate(iso) : '–';
}

export function formatPopulation(value: number | null): string {
  return value === null ? '–' : formatGermanInteger(value);
}
