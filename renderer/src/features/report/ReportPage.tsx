import { useParams } from 'react-router';
import { LazyProfileChart } from '../certification/LazyProfileChart';
import { DataPending } from '../../components/DataPending';
import { formatGermanDate, localToday } from '../../../../shared/domain/dates';
import { AgreementSection, CaseSection, CertificationSection, ScoringSection } from './ReportSections';
import { ParticipationSection } from './ParticipationSection';
import { EvidenceSection } from './EvidenceSection';
import { SaveReportButton } from './SaveReportButton';
import { useReportData } from './use-report-data';

/** The Auditbericht: a print layout, saved as PDF by the desktop window or the browser's printing. */
export function ReportPage() {
  const { id = '' } = useParams();
  const { data, error } = useReportData(id);
  if (!data) return <DataPending error={error} />;
  return (
    <article className="page report" aria-labelledby="report-title" data-testid="report">
      <header className="report-header">
        <h1 id="report-title">{data.detail.terms.report} – {data.detail.municipalityName}</h1>
        <p className="muted">
          {data.detail.catalogueName} · Stand {formatGermanDate(localToday())}
        </p>
        <SaveReportButton title={`${data.detail.terms.report} – ${data.detail.municipalityName}`} />
      </header>
      <CaseSection data={data} />
      <ScoringSection data={data} chart={<LazyProfileChart data={data.scoring} />} />
      <AgreementSection data={data} />
      <ParticipationSection data={data} />
      <CertificationSection data={data} />
      <EvidenceSection data={data} />
    </article>
  );
}
