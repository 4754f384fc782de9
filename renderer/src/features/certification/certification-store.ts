import type { Assessment } from '../../../../shared/contract';
import { call } from '../../api/client';
import { createCaseDataStore } from '../../api/case-data-store';

type Change = 'certification.rate' | 'certification.decide' | 'certification.finalize' | 'certification.reopen';

/** The assessment of the case on screen. */
export const useCertificationStore = createCaseDataStore<Assessment, Change>((caseId) => call('certification.get', { caseId }));
