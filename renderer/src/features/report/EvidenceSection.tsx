import { formatGermanDate } from '../../../../shared/domain/dates';
import { ReportTable } from './ReportSections';
import type { ReportData } from './use-report-data';

/** Anhang: the case's documents (Nachweise), where it has any. */
export function EvidenceSection({ data }: { data: ReportData }) {
  if (data.evidence.documents.length === 0) return null;
  return (
    <section className="report-section" data-testid="report-evidence">
      <h2>Anhang: Nachweise</h2>
      <ReportTable columns={[['Titel', '38%'], ['Datum', '16%'], ['Art', '16%'], ['Beigefügt an', '30%']]}>
        <tbody>
          {data.evidence.documents.map((document) => (
            <tr key={document.id}>
              <td>{document.title}</td>
              <td>{document.documentDate ? formatGermanDate(document.documentDate) : '–'}</td>
              <td>{document.typeLabel}</td>
              <td>{document.places.map((place) => place.label).join(', ')}</td>
            </tr>
          ))}
        </tbody>
      </ReportTable>
    </section>
  );
}
