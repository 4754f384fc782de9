import { create } from 'zustand';
import type { MethodInput, Scoring } from '../../../../shared/contract';
import { call, errorMessage } from '../../api/client';
import { createLatestWinsSender } from '../../api/latest-wins';

type ListChange = 'scoring.addItem' | 'scoring.updateItem' | 'scoring.moveItem' | 'scoring.deleteItem';

interface ScoringState {
  data: Scoring | null;
  error: string | null;
  load(caseId: string): Promise<void>;
  /** Autosaved ratings: the newest value per criterion wins and none is lost on unload. */
  rate(input: MethodInput<'scoring.rate'>): Promise<void>;
  saveSummary(input: MethodInput<'scoring.saveSummary'>): Promise<void>;
  /** Explicit list changes run one after another. */
  changeList<M extends ListChange>(method: M, input: MethodInput<M>): Promise<void>;
}

const ratings = createLatestWinsSender((input: MethodInput<'scoring.rate'>) => call('scoring.rate', input));
const summaries = createLatestWinsSender((input: MethodInput<'scoring.saveSummary'>) => call('scoring.saveSummary', input));
let listQueue: Promise<unknown> = Promise.resolve();
let issued = 0;
let applied = 0;
/** The case on screen; answers for any other case are dropped. */
let shownCaseId: string | null = null;

export const useScoringStore = create<ScoringState>((set, get) => {
  /** Every change answers with the whole new state; an older answer never replaces a newer one. */
  async function track(request: () => Promise<Scoring>): Promise<void> {
    const sequence = ++issued;
    const data = await request();
    if (sequence > applied && data.caseId === shownCaseId) {
      applied = sequence;
      set({ data });
    }
  }

  return {
    data: null,
    error: null,
    async load(caseId) {
      shownCaseId = caseId;
      if (get().data?.caseId !== caseId) set({ data: null, error: null });
      try {
        await track(() => call('scoring.get', { caseId }));
        set({ error: null });
      } catch (error) {
        set({ error: errorMessage(error) });
      }
    },
    rate: (input) => track(() => ratings.submit(`${input.caseId}:${input.criterionId}`, input)),
    saveSummary: (input) => track(() => summaries.submit(`${input.caseId}:${input.fieldId}`, input)),
    changeList(method, input) {
      const next = listQueue.catch(() => undefined).then(() =>
        // Every scoring change answers with the whole new state (see the contract).
        track(() => call(method, input as never) as Promise<Scoring>),
      );
      listQueue = next;
      return next;
    },
  };
});
