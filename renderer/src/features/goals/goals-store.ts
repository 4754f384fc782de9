import { create } from 'zustand';
import type { Agreement, AmendmentInput, MethodInput } from '../../../../shared/contract';
import { call, errorMessage } from '../../api/client';

type Change =
  | 'goals.addNode'
  | 'goals.addMeasure'
  | 'goals.renameNode'
  | 'goals.updateMeasure'
  | 'goals.move'
  | 'goals.remove'
  | 'goals.adopt'
  | 'goals.correctResolution'
  | 'goals.saveWorkshop'
  | 'goals.saveReport'
  | 'goals.carryOver';

interface GoalsState {
  data: Agreement | null;
  error: string | null;
  /** After the council resolution, the date and reason that the next changes are recorded with. */
  amendment: NonNullable<AmendmentInput>;
  setAmendment(amendment: NonNullable<AmendmentInput>): void;
  /** Whether the reason stays for the next change; otherwise each amendment needs its own. */
  keepReason: boolean;
  setKeepReason(keep: boolean): void;
  load(caseId: string): Promise<void>;
  /** Runs a change; changes run one after another and answer with the whole agreement. */
  change<M extends Change>(method: M, input: MethodInput<M>): Promise<void>;
}

let queue: Promise<unknown> = Promise.resolve();

export const useGoalsStore = create<GoalsState>((set, get) => ({
  data: null,
  error: null,
  amendment: { date: null, reason: '' },
  setAmendment: (amendment) => set({ amendment }),
  keepReason: false,
  setKeepReason: (keepReason) => set({ keepReason }),
  async load(caseId) {
    if (get().data?.caseId !== caseId) set({ data: null, error: null, amendment: { date: null, reason: '' } });
    try {
      set({ data: await call('goals.get', { caseId }), error: null });
    } catch (error) {
      set({ error: errorMessage(error) });
    }
  },
  change(method, input) {
    const next = queue
      .catch(() => undefined)
      .then(async () => {
        // Every goals change answers with the whole agreement (see the contract).
        const data = (await call(method, input as never)) as Agreement;
        if (get().data?.caseId !== data.caseId) return;
        const recordedAmendment = 'amendment' in (input as object) && (input as { amendment: AmendmentInput }).amendment !== null;
        // A recorded amendment used its reason; the next change needs its own unless the auditor chose to keep it.
        set(recordedAmendment && !get().keepReason ? { data, amendment: { ...get().amendment, reason: '' } } : { data });
      });
    queue = next;
    return next;
  },
}));

/** The amendment to send with a change: only once the agreement is adopted. */
export function amendmentFor(state: Pick<GoalsState, 'data' | 'amendment'>): AmendmentInput {
  return state.data?.adopted ? state.amendment : null;
}
