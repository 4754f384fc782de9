import { useEvidenceStore } from '../evidence/evidence-store';
import { fixElementId } from '../../../../shared/certification/formal-checks';
import { useDeferredValue, useEffect, useMemo } from 'react';
import { Link, useParams } from 'react-router';
import type { Question } from '../../../../shared/catalogue/catalogue-schema';
import { useCaseChanges } from '../../api/use-case-changes';
import { useCaseData } from '../../api/use-case-data';
import { DataPending } from '../../components/DataPending';
import { useQuestionnaireStore } from '../questionnaire/questionnaire-store';
import { CriteriaBarChart } from './CriteriaBarChart';
import { CriterionRating } from './CriterionRating';
import { FieldItemsList } from './FieldItemsList';
import { FieldSummary } from './FieldSummary';
import { PreviousRound } from './PreviousRound';
import { ProfileChart } from './ProfileChart';
import { ProfileTable } from './ProfileTable';
import { formatScore } from '../../format/score-format';
import { useScoringStore } from './scoring-store';
import { ReadOnlyNotice } from '../../components/ReadOnlyNotice';
import { ITEM_KINDS } from '../../../../shared/vocabulary/scoring';

const EVIDENCE_AREAS = ['evidence'] as const;
const SCORING_AREAS = ['scoring', 'case', 'certification'] as const;

export default function ScoringPage() {
  const { id = '', field: fieldParam } = useParams();
  const { data, error } = useCaseData(useScoringStore, id, SCORING_AREAS);
  useCaseData(useEvidenceStore, id, EVIDENCE_AREAS);
  const questionnaire = useQuestionnaireStore((state) => state.data);
  const answers = useQuestionnaireStore((state) => state.answers);
  const loadQuestionnaire = useQuestionnaireStore((state) => state.load);
  // The charts are the heaviest part; the page paints first and draws them right after.
  const showCharts = useDeferredValue(true, false);
  // The field's criteria bars one step later still, so that the profile is on screen first.
  const showBars = useDeferredValue(showCharts, false);

  useEffect(() => {
    void loadQuestionnaire(id);
  }, [id, loadQuestionnaire]);
  // The answers shown as evidence.
  useCaseChanges(id, ['questionnaire'], ({ wholeCase }) => loadQuestionnaire(id, { replace: wholeCase }));

  const questionsByField = useMemo(() => {
    const map = new Map<string, Question[]>();
    for (const section of questionnaire?.caseId === id ? questionnaire.catalogue.sections : []) {
      if (section.fieldId) map.set(section.fieldId, [...(map.get(section.fieldId) ?? []), ...section.questions]);
    }
    return map;
  }, [questionnaire, id]);

  if (!data) return <DataPending error={error} />;

  const field = data.fields.find((candidate) => candidate.id === fieldParam) ?? data.fields[0];
  return (
    <section className="page scoring-page" aria-labelledby="scoring-title">
      <header className="page-header">
        <div>
          <h1 id="scoring-title">Stärken/Schwächen-Profil</h1>
          <p className="subtitle">
            Gesamtwert <strong data-testid="overall-score">{formatScore(data.overall)}</strong> von 100 · Vollständigkeit {data.completeness} %
            {data.previous && <> · Vorrunde {formatScore(data.previous.overall)}</>}
          </p>
        </div>
      </header>
      <ReadOnlyNotice reason={data.lockReason} />
      <div className="profile grid two">
        {showCharts ? (
          <ProfileChart data={data} />
        ) : (
          <div className="profile-chart chart-placeholder" aria-hidden="true" />
        )}
        <ProfileTable data={data} />
      </div>
      <div className="questionnaire-layout">
        <nav className="group-nav" aria-label={`${data.fieldLabel}er`}>
          <ul>
            {data.fields.map((candidate) => (
              <li key={candidate.id}>
                <Link to={`/faelle/${id}/bewertung/${candidate.id}`} aria-current={candidate.id === field?.id ? 'page' : undefined} data-testid={`scoring-field-${candidate.id}`}>
                  <span className="group-code">{candidate.code}</span>
                  <span className="group-name">{candidate.name}</span>
                  <span className="group-count">{formatScore(candidate.score)}</span>
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        {field && (
          <div className="group-content" key={field.id}>
            <h2 data-testid="scoring-field-title">
              {field.code} {field.name}
            </h2>
            <p className="muted">
              Feldwert <strong data-testid="field-score">{formatScore(field.score)}</strong> · {field.rated} von {field.total} Kriterien bewertet
              {field.notRatable > 0 && `, ${field.notRatable} nicht bewertbar`}
            </p>
            {showBars ? <CriteriaBarChart field={field} /> : <div className="chart-box" style={{ height: Math.max(160, field.criteria.length * 34 + 40) }} aria-hidden="true" />}
            <ol className="questions" id={fixElementId.scoringCriteria}>
              {field.criteria.map((criterion, index) => (
                <CriterionRating
                  key={criterion.id}
                  caseId={id}
                  number={`K${index + 1}`}
                  criterion={criterion}
                  scale={field.scale}
                  questions={questionsByField.get(field.id) ?? []}
                  answers={answers}
                  editable={data.editable}
                />
              ))}
            </ol>
            <div className="items-grid">
              {ITEM_KINDS.map((kind) => (
                <FieldItemsList key={kind} caseId={id} fieldId={field.id} kind={kind} items={field.items} editable={data.editable} />
              ))}
            </div>
            <FieldSummary key={`summary-${field.id}`} caseId={id} fieldId={field.id} summary={field.summary} editable={data.editable} />
            {data.previous && <PreviousRound previous={data.previous} field={field} />}
          </div>
        )}
      </div>
    </section>
  );
}
