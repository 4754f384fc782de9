import { useEvidenceStore } from '../evidence/evidence-store';
import { useCaseData } from '../../api/use-case-data';
import { useEffect } from 'react';
import { Link, useParams } from 'react-router';
import { groupOf } from '../../../../shared/questionnaire/progress';
import { useCaseChanges } from '../../api/use-case-changes';
import { DataPending } from '../../components/DataPending';
import { ExcelExchange } from './ExcelExchange';
import { ProgressBar } from './ProgressBar';
import { QuestionCard } from './QuestionCard';
import { useQuestionnaireStore } from './questionnaire-store';
import { ReadOnlyNotice } from '../../components/ReadOnlyNotice';
import { useTerms } from '../cases/use-terms';

/** Answers, and what can lock them: the case's state and the certification. */
const EVIDENCE_AREAS = ['evidence'] as const;
const LIVE_AREAS = ['questionnaire', 'case', 'certification'] as const;

export function QuestionnairePage() {
  const { id = '', group } = useParams();
  const terms = useTerms(id);
  const data = useQuestionnaireStore((state) => state.data);
  const answers = useQuestionnaireStore((state) => state.answers);
  const error = useQuestionnaireStore((state) => state.error);
  const load = useQuestionnaireStore((state) => state.load);

  useEffect(() => {
    void load(id);
  }, [id, load]);
  useCaseChanges(id, LIVE_AREAS, ({ wholeCase }) => load(id, { replace: wholeCase }));
  useCaseData(useEvidenceStore, id, EVIDENCE_AREAS);

  if (!data || data.caseId !== id) return <DataPending error={error} />;

  const { catalogue, progress } = data;
  const groups = [
    ...catalogue.fields.map((field) => ({ id: field.id, code: field.code, name: field.name })),
    ...catalogue.modules.map((module) => ({ id: module.id, code: 'Modul', name: module.name })),
  ];
  const currentIndex = Math.max(0, groups.findIndex((candidate) => candidate.id === group));
  const current = groups[currentIndex];
  const next = groups[currentIndex + 1];
  const sections = catalogue.sections.filter((section) => groupOf(section) === current?.id);
  const prefix = current?.code === 'Modul' ? 'M' : current?.code;
  const offsets = sections.map((_, index) => sections.slice(0, index).reduce((sum, section) => sum + section.questions.length, 0));

  return (
    <section className="page questionnaire-page" aria-labelledby="questionnaire-title">
      <header className="page-header">
        <div>
          <h1 id="questionnaire-title">Fragebogen ({terms.analysis})</h1>
          <p className="subtitle">
            {catalogue.name}, Version {catalogue.version}
          </p>
        </div>
        <ProgressBar count={progress.overall} label="Fortschritt insgesamt" testId="progress-overall" />
      </header>
      <ReadOnlyNotice reason={data.lockReason} />
      <ExcelExchange data={data} />
      <div className="questionnaire-layout">
        <nav className="group-nav" aria-label={`${catalogue.fieldLabel}er`}>
          <ul>
            {groups.map((candidate) => {
              const count = Object.hasOwn(progress.byGroup, candidate.id) ? progress.byGroup[candidate.id] : undefined;
              const done = count !== undefined && count.requiredAnswered === count.requiredTotal;
              return (
                <li key={candidate.id}>
                  <Link
                    to={`/faelle/${id}/fragebogen/${candidate.id}`}
                    aria-current={candidate.id === current?.id ? 'page' : undefined}
                    data-testid={`group-${candidate.id}`}
                  >
                    <span className="group-code">{candidate.code}</span>
                    <span className="group-name">{candidate.name}</span>
                    {count && (
                      <span className="group-counts" aria-label={`${count.answered} von ${count.total} beantwortet, davon Pflichtfragen ${count.requiredAnswered} von ${count.requiredTotal}`}>
                        <span className={`group-count ${count.answered === count.total ? 'done' : ''}`} data-testid={`group-progress-${candidate.id}`} aria-hidden="true">
                          {count.answered}/{count.total}
                        </span>
                        {count.requiredTotal > 0 && (
                          <span className={`group-required ${done ? 'done' : ''}`} data-testid={`group-required-${candidate.id}`} aria-hidden="true">
                            Pflicht {count.requiredAnswered}/{count.requiredTotal}
                          </span>
                        )}
                      </span>
                    )}
                  </Link>
                </li>
              );
            })}
          </ul>
        </nav>
        <div className="group-content">
          {current && (
            <>
              <h2 data-testid="group-title">
                {current.code} {current.name}
              </h2>
              {sections.map((section, sectionIndex) => (
                <section key={section.id} className="question-section" aria-label={section.title}>
                  <h3>{section.title}</h3>
                  <ol className="questions">
                    {section.questions.map((question, questionIndex) => (
                      <QuestionCard
                        key={`${id}-${question.id}`}
                        question={question}
                        number={`${prefix}.${(offsets[sectionIndex] ?? 0) + questionIndex + 1}`}
                        answer={answers.get(question.id)}
                        editable={data.editable}
                        caseData={data.caseData.find((entry) => entry.questionId === question.id)}
                      />
                    ))}
                  </ol>
                </section>
              ))}
              {next && (
                <Link className="button secondary" to={`/faelle/${id}/fragebogen/${next.id}`} data-testid="next-group">
                  Weiter: {next.code} {next.name} →
                </Link>
              )}
            </>
          )}
        </div>
      </div>
    </section>
  );
}
