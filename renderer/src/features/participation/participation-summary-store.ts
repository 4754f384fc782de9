import type { MethodOutput } from '../../../../shared/contract';
import { call } from '../../api/client';
import { createCaseDataStore } from '../../api/case-data-store';

type ParticipationSummary = MethodOutput<'participation.summary'> & { caseId: string };

/** The participation of the case on screen in figures (the Auditbericht's); it changes only through the other pages. */
export const useParticipationSummaryStore = createCaseDataStore<ParticipationSummary, never>(async (caseId) => ({ caseId, ...(await call('participation.summary', { caseId })) }));
