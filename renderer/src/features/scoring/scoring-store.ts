import { create } from 'zustand';
import type { MethodInput, Scoring } from '../../../../shared/contract';
import { call, errorMessage } from '../../api/client';

type Mutation = 'scoring.rate' | 'scoring.saveSummary' | 'scoring.addItem' | 'scoring.updateItem' | 'scoring.moveItem' | 'scoring.deleteItem';

interface ScoringState {
  data: Scoring | null;
  error: string | null;
  load(caseId: string): Promise<void>;
  /** Runs a change; changes run one after another, and each answers with the whole new state. */
  change<M extends Mutation>(method: M, input: MethodInput<M>): Promise<void>;
}

let queue: Promise<unknown> = Promise.resolve();

export const useScoringStore = create<ScoringState>((set, get) => ({
  data: null,
  error: null,
  async load(caseId) {
    if (get().data?.caseId !== caseId) set({ data: null, error: null });
    try {
      set({ data: await call('scoring.get', { caseId }), error: null });
    } catch (error) {
      set({ error: errorMessage(error) });
    }
  },
  change(method, input) {
    const next = queue
      .catch(() => undefined)
      .then(async () => {
        // Every scoring change answers with the whole new state (see the contract).
        const data = (await call(method, input as never)) as Scoring;
        if (get().data?.caseId === data.caseId) set({ data });
      });
    queue = next;
    return next;
  },
}));
