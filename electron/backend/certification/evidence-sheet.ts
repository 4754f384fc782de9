import type { MethodOutput } from '../../../shared/contract';
import type { DataSheet } from '../xlsx/assessment-workbook';

/** The sheet `Nachweise`: one document per row, with the places it is attached to and the SHA-256 that identifies its content. */
export function evidenceSheet(evidence: MethodOutput<'evidence.list'>): DataSheet {
  return {
    name: 'Nachweise',
    columns: [
      { title: 'ID', width: 38, kind: 'text' },
      { title: 'Titel', width: 40, kind: 'text' },
      { title: 'Dokumentdatum', width: 14, kind: 'date' },
      { title: 'Beigefügt an', width: 40, kind: 'text' },
      { title: 'Art', width: 20, kind: 'text' },
      { title: 'Größe (Bytes)', width: 14, kind: 'number' },
      { title: 'SHA-256', width: 66, kind: 'text' },
    ],
    rows: evidence.documents.map((document) => [
      document.id,
      document.title,
      document.documentDate ? { date: document.documentDate } : null,
      document.places.map((place) => place.label).join('; '),
      document.typeLabel,
      document.size,
      document.sha256,
    ]),
  };
}
