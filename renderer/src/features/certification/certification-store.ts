import { create } from 'zustand';
import type { Assessment, MethodInput } from '../../../../shared/contract';
import { call, errorMessage } from '../../api/client';

type Change = 'certification.rate' | 'certification.decide' | 'certification.finalize' | 'certification.reopen';

interface CertificationState {
  data: Assessment | null;
  error: string | null;
  load(caseId: string): Promise<void>;
  /** Runs a change; changes run one after another and answer with the whole assessment. */
  change<M extends Change>(method: M, input: MethodInput<M>): Promise<void>;
}

let queue: Promise<unknown> = Promise.resolve();

export const useCertificationStore = create<CertificationState>((set, get) => ({
  data: null,
  error: null,
  async load(caseId) {
    if (get().data?.caseId !== caseId) set({ data: null, error: null });
    try {
      set({ data: await call('certification.get', { caseId }), error: null });
    } catch (error) {
      set({ error: errorMessage(error) });
    }
  },
  change(method, input) {
    const next = queue
      .catch(() => undefined)
      .then(async () => {
        // Every certification change answers with the whole assessment (see the contract).
        const data = (await call(method, input as never)) as Assessment;
        if (get().data?.caseId === data.caseId) set({ data });
      });
    queue = next;
    return next;
  },
}));
