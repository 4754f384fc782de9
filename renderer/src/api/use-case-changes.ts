import { useEffect, useRef } from 'react';
import type { CaseArea } from '../../../shared/contract';
import { createCoalescedRunner } from './coalesced-runner';
import { subscribe, windowOrigin } from './client';

/** Long enough to gather the saves of someone typing in another window into one reload. */
const RELOAD_DELAY_MS = 150;

interface CaseReload {
  /** The case was replaced as a whole (area `all`): stored data may be older than what is shown. */
  wholeCase: boolean;
}

/** Every area; for pages that show facts from all parts of a case. */
export const ALL_AREAS: readonly CaseArea[] = ['case', 'questionnaire', 'scoring', 'goals', 'certification', 'participation', 'evidence'];

/**
 * Calls `reload` when another window (or another program) changed one of `areas` of the case
 * on screen; a burst of changes leads to one reload, and this window's own writes to none.
 */
export function useCaseChanges(caseId: string, areas: readonly CaseArea[], reload: (reason: CaseReload) => Promise<void>): void {
  const latestReload = useRef(reload);
  useEffect(() => {
    latestReload.current = reload;
  });
  const areaKey = areas.join(',');
  useEffect(() => {
    const watched = new Set<CaseArea>(areaKey.split(',') as CaseArea[]);
    let wholeCase = false;
    const runner = createCoalescedRunner(() => {
      const reason = { wholeCase };
      wholeCase = false;
      return latestReload.current(reason);
    }, RELOAD_DELAY_MS);
    const unsubscribe = subscribe('cases.changed', (change) => {
      if (change.caseId !== caseId || change.origin === windowOrigin) return;
      if (change.area === 'all') wholeCase = true;
      if (change.area === 'all' || watched.has(change.area)) runner.request();
    });
    return () => {
      unsubscribe();
      runner.dispose();
    };
  }, [caseId, areaKey]);
}
