import type { Agreement, Assessment, CaseDetail, MethodOutput, Participation, Scoring } from '../../../../shared/contract';
import { ALL_AREAS } from '../../api/use-case-changes';
import { useCaseData } from '../../api/use-case-data';
import { useCaseStore } from '../cases/case-store';
import { useCertificationStore } from '../certification/certification-store';
import { useEvidenceStore } from '../evidence/evidence-store';
import { useGoalsStore } from '../goals/goals-store';
import { useParticipationStore } from '../participation/participation-store';
import { useParticipationSummaryStore } from '../participation/participation-summary-store';
import { useScoringStore } from '../scoring/scoring-store';

export interface ReportData {
  detail: CaseDetail;
  scoring: Scoring;
  agreement: Agreement;
  assessment: Assessment;
  participation: Participation;
  summary: MethodOutput<'participation.summary'>;
  evidence: MethodOutput<'evidence.list'>;
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
  const summary = useCaseData(useParticipationSummaryStore, caseId, ALL_AREAS);
  const evidence = useCaseData(useEvidenceStore, caseId, ALL_AREAS);
  const error = scoring.error ?? agreement.error ?? assessment.error ?? participation.error ?? summary.error ?? evidence.error;
  if (!detail || !scoring.data || !agreement.data || !assessment.data || !participation.data || !summary.data || !evidence.data) return { data: null, error };
  return { data: { detail, scoring: scoring.data, agreement: agreement.data, assessment: assessment.data, participation: participation.data, summary: summary.data, evidence: evidence.data }, error: null };
}
