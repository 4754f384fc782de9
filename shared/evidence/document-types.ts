/** The kinds of document a case can hold, decided by content, never by the file name. */
export const DOCUMENT_TYPES = {
  pdf: { label: 'PDF', mediaType: 'application/pdf', extension: 'pdf' },
  docx: { label: 'Word (DOCX)', mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extension: 'docx' },
  xlsx: { label: 'Excel (XLSX)', mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extension: 'xlsx' },
  odt: { label: 'OpenDocument-Text (ODT)', mediaType: 'application/vnd.oasis.opendocument.text', extension: 'odt' },
  ods: { label: 'OpenDocument-Tabelle (ODS)', mediaType: 'application/vnd.oasis.opendocument.spreadsheet', extension: 'ods' },
  png: { label: 'Bild (PNG)', mediaType: 'image/png', extension: 'png' },
  jpeg: { label: 'Bild (JPEG)', mediaType: 'image/jpeg', extension: 'jpg' },
  text: { label: 'Text', mediaType: 'text/plain', extension: 'txt' },
} as const;

export type DocumentType = keyof typeof DOCUMENT_TYPES;
export const DOCUMENT_TYPE_KEYS = Object.keys(DOCUMENT_TYPES) as [DocumentType, ...DocumentType[]];

export const ACCEPTED_TYPES_TEXT = 'PDF, DOCX, XLSX, ODT, ODS, PNG, JPEG oder reiner Text';
