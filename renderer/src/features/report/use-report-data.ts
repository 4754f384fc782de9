import { useEffect, useState } from 'react';
import type { Agreement, Assessment, CaseDetail, MethodOutput, Participation, Scoring } from '../../../../shared/contract';
import { call, errorMessage } from '../../api/client';

export interface ReportData {
  detail: CaseDetail;
  scoring: Scoring;
  agreement: Agreement;
  assessment: Assessment;
  participation: Participation;
  summary: MethodOutput<'participation.summary'>;
}

/** Everything the report shows, loaded together. */
export function useReportData(caseId: string): { data: ReportData | null; error: string | null } {
  const [state, setState] = useState<{ caseId: string; data: ReportData | null; error: string | null }>({ caseId: '', data: null, error: null });
  useEffect(() => {
    let current = true;
    Promise.all([call('cases.get', { id: caseId }), call('scoring.get', { caseId }), call('goals.get', { caseId }), call('certification.get', { caseId }), call('participation.get', { caseId }), call('participation.summary', { caseId })])
      .then(([detail, scoring, agreement, assessment, participation, summary]) => current && setState({ caseId, data: { detail, scoring, agreement, assessment, participation, summary }, error: null }))
      .catch((error: unknown) => current && setState({ caseId, data: null, error: errorMessage(error) }));
    return () => {
      current = false;
    };
  }, [caseId]);
  return state.caseId === caseId ? { data: state.data, error: state.error } : { data: null, error: null };
}
