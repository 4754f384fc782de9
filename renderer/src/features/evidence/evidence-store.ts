import type { MethodOutput } from '../../../../shared/contract';
import { call } from '../../api/client';
import { createCaseDataStore } from '../../api/case-data-store';

type Evidence = MethodOutput<'evidence.list'>;

/** The documents (Nachweise) of the case on screen. */
export const useEvidenceStore = createCaseDataStore<Evidence, 'evidence.remove'>((caseId) => call('evidence.list', { caseId }));
