import { useCertificationStore } from '../certification/certification-store';
import { useEvidenceStore } from '../evidence/evidence-store';
import { useGoalsStore } from '../goals/goals-store';
import { useParticipationStore } from '../participation/participation-store';
import { useParticipationSummaryStore } from '../participation/participation-summary-store';
import { useScoringStore } from '../scoring/scoring-store';

/** The stores of the case's pages that take longest to load (the Auditbericht shows them all), in the order an auditor usually opens them. */
const STORES = [useScoringStore, useGoalsStore, useCertificationStore, useParticipationStore, useParticipationSummaryStore, useEvidenceStore] as const;

/**
 * Loads the data of the case's heavier pages at idle moments after the case opened, one store at
 * a time, so that the first visit of each shows at once (the page then loads it again, as on
 * every visit). Stores that already hold this case are left alone.
 */
export function prefetchCaseDataWhenIdle(caseId: string): () => void {
  const whenIdle = window.requestIdleCallback ?? ((run: () => void) => window.setTimeout(run, 50));
  const cancelIdle = window.cancelIdleCallback ?? window.clearTimeout;
  let stopped = false;
  let pending = 0;
  const next = (index: number) => {
    const store = STORES[index];
    if (stopped || !store) return;
    pending = whenIdle(() => {
      if (stopped) return;
      const state = store.getState();
      if (state.data?.caseId === caseId) next(index + 1);
      else void state.load(caseId).finally(() => next(index + 1));
    });
  };
  next(0);
  return () => {
    stopped = true;
    cancelIdle(pending);
  };
}
