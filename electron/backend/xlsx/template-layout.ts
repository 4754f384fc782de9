/**
 * The fill-in workbook's layout, shared by the writer and the reader. Column titles are part of
 * the exchange format with the Rathaus: the reader finds columns by these titles, never by
 * position, so reordered or added columns do not matter.
 */
export const COLUMNS = {
  id: 'ID',
  number: 'Nr.',
  question: 'Frage',
  help: 'Hinweis',
  format: 'Format',
  required: 'Pflicht',
  answer: 'Antwort',
  stichtag: 'Stichtag',
  comment: 'Kommentar',
} as const;

export const COLUMN_ORDER = ['id', 'number', 'question', 'help', 'format', 'required', 'answer', 'stichtag', 'comment'] as const;

export { INSTRUCTIONS_SHEET, LISTS_SHEET, META_SHEET,  } from '../../../shared/questionnaire/workbook-sheets';

/** Keys of the hidden metadata sheet, in column A; values in column B. */
export const META_KEYS = {
  format: 'Format',
  caseId: 'Auditfall-ID',
  municipality: 'Kommune',
  catalogueId: 'Katalog-ID',
  catalogueVersion: 'Katalog-Version',
  exportedAt: 'Exportiert am',
  appVersion: 'App-Version',
  /** Names the record of what this template was prefilled with (questionnaire_exports). */
  exportId: 'Export-ID',
} as const;

export const TEMPLATE_FORMAT = 'familienaudit-fragebogen-1';
