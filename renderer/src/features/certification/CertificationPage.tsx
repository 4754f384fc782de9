import { lazy, Suspense, useEffect } from 'react';
import { Link, useParams } from 'react-router';
import { ALL_AREAS, useCaseChanges } from '../../api/use-case-changes';
import { useCaseStore } from '../cases/case-store';
import { useCertificationStore } from './certification-store';
import { CriterionAssessment } from './CriterionAssessment';
import { DecisionPanel } from './DecisionPanel';
import { ExportWorkbook } from './ExportWorkbook';
import { FormalCheckList } from './FormalCheckList';
import { ReadOnlyNotice } from '../../components/ReadOnlyNotice';
import { useTerms } from '../cases/use-terms';

// Charts are heavy; they load with the profile only.
const ProfileForExport = lazy(() => import('./ProfileForExport'));

const CATEGORY_TITLES = { inhaltlich: 'Inhaltliche Kriterien', governance: 'Governance-Kriterien', formal: 'Formale Kriterien' } as const;
export function CertificationPage() {
  const { id = '' } = useParams();
  const terms = useTerms(id);
  const data = useCertificationStore((state) => state.data);
  const error = useCertificationStore((state) => state.error);
  const load = useCertificationStore((state) => state.load);
  const caseName = useCaseStore((state) => (state.detail?.id === id ? state.detail.municipalityName : null));
  const loadCase = useCaseStore((state) => state.load);

  useEffect(() => {
    void load(id);
    void loadCase(id);
  }, [id, load, loadCase]);
  // The formal checks are computed from every part of the case.
  useCaseChanges(id, ALL_AREAS, () => load(id));

  if (error) return <p className="alert error" role="alert">{error}</p>;
  if (!data || data.caseId !== id) return <p className="loading">Lädt …</p>;

  return (
    <section className="page certification-page" aria-labelledby="cert-title">
      <nav className="breadcrumb" aria-label="Pfad">
        <Link to="/">Auditfälle</Link> › <Link to={`/faelle/${id}`}>{caseName ?? 'Auditfall'}</Link> › <span>{terms.assessmentShort}</span>
      </nav>
      <header className="page-header">
        <h1 id="cert-title">{terms.assessment}</h1>
      </header>
      {/* A finalised assessment explains itself in the decision panel, with the way to reopen it. */}
      {!data.finalizedAt && <ReadOnlyNotice reason={data.lockReason} />}
      <DecisionPanel key={`${data.finalizedAt ?? 'open'}-${data.reopenings.length}`} data={data} />
      <section className="card" aria-labelledby="export-title">
        <h2 id="export-title">Profil und Gutachten</h2>
        <Suspense fallback={<p className="loading">Profil lädt …</p>}>
          <ProfileForExport caseId={id} />
        </Suspense>
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
    </section>
  );
}
