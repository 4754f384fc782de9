import { create } from 'zustand';
import type { Agreement, AmendmentInput, MethodInput } from '../../../../shared/contract';
import { call } from '../../api/client';
import { createCaseDataStore } from '../../api/case-data-store';

type Change =
  | 'goals.addNode'
  | 'goals.addMeasure'
  | 'goals.renameNode'
  | 'goals.updateMeasure'
  | 'goals.move'
  | 'goals.remove'
  | 'goals.adopt'
  | 'goals.correctResolution'
  | 'goals.saveReport'
  | 'goals.carryOver';

interface AmendmentState {
  /** After the council resolution, the date and reason that the next changes are recorded with. */
  amendment: NonNullable<AmendmentInput>;
  setAmendment(amendment: NonNullable<AmendmentInput>): void;
  /** Whether the reason stays for the next change; otherwise each amendment needs its own. */
  keepReason: boolean;
  setKeepReason(keep: boolean): void;
}

/** UI state of the goals page: the amendment being recorded. */
export const useAmendmentStore = create<AmendmentState>((set) => ({
  amendment: { date: null, reason: '' },
  setAmendment: (amendment) => set({ amendment }),
  keepReason: false,
  setKeepReason: (keepReason) => set({ keepReason }),
}));

const recordsAmendment = (input: object) => 'amendment' in input && (input as { amendment: AmendmentInput }).amendment !== null;

/** The goal agreement of the case on screen. */
export const useGoalsStore = createCaseDataStore<Agreement, Change>((caseId) => call('goals.get', { caseId }), {
  // A recorded amendment used its reason; the next change needs its own unless the auditor chose to keep it.
  onChanged<M extends Change>(_method: M, input: MethodInput<M>) {
    const { keepReason, amendment, setAmendment } = useAmendmentStore.getState();
    if (recordsAmendment(input) && !keepReason) setAmendment({ ...amendment, reason: '' });
  },
  onOtherCase: () => useAmendmentStore.getState().setAmendment({ date: null, reason: '' }),
});

/** The amendment to send with a change: only once the agreement is adopted. */
export function useAmendment(): AmendmentInput {
  const adopted = useGoalsStore((state) => state.data?.adopted !== null && state.data?.adopted !== undefined);
  const amendment = useAmendmentStore((state) => state.amendment);
  return adopted ? amendment : null;
}
