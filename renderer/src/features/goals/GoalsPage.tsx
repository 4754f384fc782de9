import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { useParams } from 'react-router';
import { formatEuro } from '../../../../shared/domain/german-numbers';
import { PRIORITY_LABELS, STATUS_LABELS } from '../../../../shared/goals/agreement';
import { FilterSelect } from '../../components/FilterSelect';
import { optionsOf } from '../../components/SelectOptions';
import { useCaseData } from '../../api/use-case-data';
import { DataPending } from '../../components/DataPending';
import { useQuestionnaireStore } from '../questionnaire/questionnaire-store';
import { AdoptionPanel } from './AdoptionPanel';
import { GoalTree, type TreeFilter } from './GoalTree';
import { useGoalsStore } from './goals-store';
import { useEvidenceStore } from '../evidence/evidence-store';
import { PreviousRoundPanel } from './PreviousRoundPanel';
import { ProgressTable } from './ProgressTable';
import { ReportEditor } from './ReportEditor';
import { ReadOnlyNotice } from '../../components/ReadOnlyNotice';
import { useTerms } from '../cases/use-terms';
import { countOf } from '../../../../shared/domain/german-plural';

const GOALS_AREAS = ['goals', 'scoring', 'case', 'certification'] as const;
const EVIDENCE_AREAS = ['evidence'] as const;

export function GoalsPage() {
  const { id = '' } = useParams();
  const terms = useTerms(id);
  // Measures link to strengths and weaknesses; the case's state and the certification can lock the agreement.
  const { data, error } = useCaseData(useGoalsStore, id, GOALS_AREAS);
  // The paperclips at the measures read the case's documents.
  useCaseData(useEvidenceStore, id, EVIDENCE_AREAS);
  const questionnaire = useQuestionnaireStore((state) => state.data);
  const loadQuestionnaire = useQuestionnaireStore((state) => state.load);
  const [filter, setFilter] = useState<TreeFilter>({ fieldId: '', priority: '', status: '' });
  // What lies below the tree (progress, yearly report) renders right after the tree is painted.
  const showBelowTree = useDeferredValue(true, false);

  useEffect(() => {
    void loadQuestionnaire(id);
  }, [id, loadQuestionnaire]);

  const questionsByField = useMemo(() => {
    const map = new Map<string, { id: string; text: string }[]>();
    for (const section of questionnaire?.caseId === id ? questionnaire.catalogue.sections : []) {
      if (section.fieldId) map.set(section.fieldId, [...(map.get(section.fieldId) ?? []), ...section.questions.map(({ id: questionId, text }) => ({ id: questionId, text }))]);
    }
    return map;
  }, [questionnaire, id]);

  if (!data) return <DataPending error={error} />;

  return (
    <section className="page goals-page" aria-labelledby="goals-title">
      <header className="page-header">
        <div>
          <h1 id="goals-title">{terms.agreement} und Umsetzung</h1>
          <p className="subtitle" data-testid="goals-totals">
            {countOf(data.totals.goals, 'Ziel', 'Ziele')} · {countOf(data.totals.measures, 'Maßnahme', 'Maßnahmen')} · Budget {formatEuro(data.totals.budget)}
          </p>
        </div>
      </header>
      <ReadOnlyNotice reason={data.lockReason} />
      <AdoptionPanel data={data} />
      <PreviousRoundPanel data={data} />
      <div className="toolbar filters" data-testid="goal-filters">
        <FilterSelect
          label="Feld"
          testId="goal-filter-field"
          value={filter.fieldId || undefined}
          options={data.fields.map((field) => ({ value: field.id, label: `${field.code} ${field.name}` }))}
          allLabel="Alle"
          onChange={(fieldId) => setFilter({ ...filter, fieldId: fieldId ?? '' })}
        />
        <FilterSelect
          label="Priorität"
          testId="goal-filter-priority"
          value={filter.priority || undefined}
          options={optionsOf(PRIORITY_LABELS)}
          allLabel="Alle"
          onChange={(priority) => setFilter({ ...filter, priority: priority ?? '' })}
        />
        <FilterSelect
          label="Stand"
          testId="goal-filter-status"
          value={filter.status || undefined}
          options={[...optionsOf(STATUS_LABELS), { value: 'verspätet', label: 'verspätet' }]}
          allLabel="Alle"
          onChange={(status) => setFilter({ ...filter, status: status ?? '' })}
        />
      </div>
      <GoalTree data={data} filter={filter} questionsByField={questionsByField} />
      {showBelowTree && (
        <>
          <h2>Stand der Umsetzung</h2>
          <ProgressTable data={data} />
          <ReportEditor data={data} />
        </>
      )}
    </section>
  );
}
