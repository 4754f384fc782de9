import { useEffect } from 'react';
import type { StoreApi, UseBoundStore } from 'zustand';
import type { CaseArea, MethodName } from '../../../shared/contract';
import type { CaseDataState } from './case-data-store';
import { useCaseChanges } from './use-case-changes';

/**
 * A feature's data for the case on screen (a store from createCaseDataStore): loaded when the
 * case opens and again when another window changes one of `areas`. Null while it loads.
 */
export function useCaseData<T extends { caseId: string }, C extends MethodName>(store: UseBoundStore<StoreApi<CaseDataState<T, C>>>, caseId: string, areas: readonly CaseArea[]) {
  const data = store((state) => state.data);
  const error = store((state) => state.error);
  const load = store((state) => state.load);
  useEffect(() => {
    void load(caseId);
  }, [caseId, load]);
  useCaseChanges(caseId, areas, () => load(caseId));
  return { data: data?.caseId === caseId ? data : null, error };
}
