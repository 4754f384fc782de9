import { AUDIT_TERMS, type Terminology } from '../../../../shared/catalogue/terminology';
import { useCaseStore } from './case-store';

const WAITING: Terminology = Object.fromEntries(Object.keys(AUDIT_TERMS).map((key) => [key, '…'])) as Terminology;

/** The words of the open case's procedure; a placeholder until the case is loaded, never another procedure's words. */
export function useTerms(caseId: string | undefined): Terminology {
  return useCaseStore((state) => (state.detail && state.detail.id === caseId ? state.detail.terms : WAITING));
}
