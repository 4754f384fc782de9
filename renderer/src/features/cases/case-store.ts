import { create } from 'zustand';
import type { CaseDetail } from '../../../../shared/contract';
import { call, errorMessage } from '../../api/client';

interface CaseState {
  detail: CaseDetail | null;
  loadingId: string | null;
  error: string | null;
  load(id: string): Promise<void>;
  replace(detail: CaseDetail): void;
}

/** The case that is open on screen. */
export const useCaseStore = create<CaseState>((set, get) => ({
  detail: null,
  loadingId: null,
  error: null,
  async load(id) {
    set({ loadingId: id, error: null, detail: get().detail?.id === id ? get().detail : null });
    try {
      const detail = await call('cases.get', { id });
      if (get().loadingId === id) set({ detail, loadingId: null });
    } catch (error) {
      if (get().loadingId === id) set({ error: errorMessage(error), loadingId: null });
    }
  },
  replace(detail) {
    set({ detail, error: null });
  },
}));
