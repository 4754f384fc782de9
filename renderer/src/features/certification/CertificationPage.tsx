import { useEvidenceStore } from '../evidence/evidence-store';
import { useParams } from 'react-router';
import { LazyProfileChart } from './LazyProfileChart';
import { useScoringStore } from '../scoring/scoring-store';
import { ALL_AREAS } from '../../api/use-case-changes';
import { useCaseData } from '../../api/use-case-data';
import { DataPending } from '../../components/DataPending';
import { useCertificationStore } from './certification-store';
import { CriterionAssessment } from './CriterionAssessment';
import { DecisionPanel } from './DecisionPanel';
import { ExportWorkbook } from './ExportWorkbook';
import { FormalCheckList } from './FormalCheckList';
import { ReadOnlyNotice } from '../../components/ReadOnlyNotice';
import { useTerms } from '../cases/use-terms';
import { Page } from '../../components/Page';

// The profile shows the scores, which follow the case's fields and ratings.
const PROFILE_AREAS = ['scoring', 'case'] as const;

const CATEGORY_TITLES = { inhaltlich: 'Inhaltliche Kriterien', governance: 'Governance-Kriterien', formal: 'Formale Kriterien' } as const;
const EVIDENCE_AREAS = ['evidence'] as const;

export function CertificationPage() {
  const { id = '' } = useParams();
  const terms = useTerms(id);
  // The formal checks are computed from every part of the case.
  const { data, error } = useCaseData(useCertificationStore, id, ALL_AREAS);
  // The paperclips read the case's documents.
  useCaseData(useEvidenceStore, id, EVIDENCE_AREAS);
  // Loaded alongside the assessment, not after it.
  const profile = useCaseData(useScoringStore, id, PROFILE_AREAS).data;
  if (!data) return <DataPending error={error} />;

  return (
    <Page title={terms.assessment} className="certification-page">
      {/* A finalised assessment explains itself in the decision panel, with the way to reopen it. */}
      {!data.finalizedAt && <ReadOnlyNotice reason={data.lockReason} />}
      <DecisionPanel key={`${data.finalizedAt ?? 'open'}-${data.reopenings.length}`} data={data} />
      <section className="card" aria-labelledby="export-title">
        <h2 id="export-title">Profil und Gutachten</h2>
        <LazyProfileChart data={profile} />
        <ExportWorkbook caseId={id} />
      </section>
      <section className="card" aria-labelledby="checks-title">
        <h2 id="checks-title">Formale Prüfungen (aus dem Auditfall berechnet)</h2>
        <FormalCheckList caseId={id} checks={data.checks} />
      </section>
      {(['inhaltlich', 'governance', 'formal'] as const).map((category) => (
        <section key={category} aria-labelledby={`cat-${category}`}>
          <h2 id={`cat-${category}`}>{CATEGORY_TITLES[category]}</h2>
          <ol className="questions">
            {data.criteria
              .filter((criterion) => criterion.category === category)
              .map((criterion) => (
                <CriterionAssessment key={`${criterion.id}-${data.finalizedAt ?? ''}`} caseId={id} criterion={criterion} editable={data.editable} />
              ))}
          </ol>
        </section>
      ))}
    </Page>
  );
}
