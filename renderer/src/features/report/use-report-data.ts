import { useEffect, useState } from 'react';
import type { Agreement, Assessment, CaseDetail, MethodOutput, Participation, Scoring } from '../../../../shared/contract';
import { call, errorMessage } from '../../api/client';
import { ALL_AREAS, useCaseChanges } from '../../api/use-case-changes';
import { useCaseData } from '../../api/use-case-data';
import { useCaseStore } from '../cases/case-store';
import { useCertificationStore } from '../certification/certification-store';
import { useGoalsStore } from '../goals/goals-store';
import { useParticipationStore } from '../participation/participation-store';
import { useScoringStore } from '../scoring/scoring-store';

export interface ReportData {
  detail: CaseDetail;
  scoring: Scoring;
  agreement: Agreement;
  assessment: Assessment;
  participation: Participation;
  summary: MethodOutput<'participation.summary'>;
}

type Summary = MethodOutput<'participation.summary'>;

/** The participation figures, which no page's store holds: loaded with the report and again on every change of the case. */
function useParticipationSummary(caseId: string): { summary: Summary | null; error: string | null } {
  const [state, setState] = useState<{ caseId: string; summary: Summary | null; error: string | null }>({ caseId: '', summary: null, error: null });
  const [version, setVersion] = useState(0);
  useCaseChanges(caseId, ALL_AREAS, async () => setVersion((current) => current + 1));
  useEffect(() => {
    let current = true;
    call('participation.summary', { caseId })
      .then((summary) => current && setState({ caseId, summary, error: null }))
      .catch((error: unknown) => current && setState((before) => ({ ...before, caseId, error: errorMessage(error) })));
    return () => {
      current = false;
    };
  }, [caseId, version]);
  return state.caseId === caseId ? state : { summary: null, error: null };
}

/**
 * Everything the report shows, from the stores of the case's pages (so that data loaded before, e.g. at idle after the
 * case opened, shows at once) and loaded again as every page does; the report shows once all of it is there.
 */
export function useReportData(caseId: string): { data: ReportData | null; error: string | null } {
  const detail = useCaseStore((state) => (state.detail?.id === caseId ? state.detail : null));
  const scoring = useCaseData(useScoringStore, caseId, ALL_AREAS);
  const agreement = useCaseData(useGoalsStore, caseId, ALL_AREAS);
  const assessment = useCaseData(useCertificationStore, caseId, ALL_AREAS);
  const participation = useCaseData(useParticipationStore, caseId, ALL_AREAS);
  const { summary, error: summaryError } = useParticipationSummary(caseId);
  const error = scoring.error ?? agreement.error ?? assessment.error ?? participation.error ?? summaryError;
  if (!detail || !scoring.data || !agreement.data || !assessment.data || !participation.data || !summary) return { data: null, error };
  return { data: { detail, scoring: scoring.data, agreement: agreement.data, assessment: assessment.data, participation: participation.data, summary }, error: null };
}
