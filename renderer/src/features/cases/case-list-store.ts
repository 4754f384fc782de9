import { create } from 'zustand';
import type { CaseListInput, CaseListOutput, CaseSummary } from '../../../../shared/contract';
import { call, errorMessage } from '../../api/client';

type CaseListFilters = Required<Pick<CaseListInput, 'search' | 'status' | 'sortBy' | 'sortDirection'>> &
  Pick<CaseListInput, 'kind' | 'bundesland' | 'auditRound'>;

interface CaseListState {
  filters: CaseListFilters;
  items: CaseSummary[];
  counts: CaseListOutput['counts'];
  loading: boolean;
  /** The first answer has come: until then the list is not known to be empty. */
  loaded: boolean;
  error: string | null;
  setFilters(changes: Partial<CaseListFilters>): void;
  load(): Promise<void>;
}

let requestSequence = 0;

export const useCaseListStore = create<CaseListState>((set, get) => ({
  filters: { search: '', status: 'active', sortBy: 'municipalityName', sortDirection: 'asc' },
  items: [],
  counts: { active: 0, archived: 0, trash: 0 },
  loading: false,
  loaded: false,
  error: null,
  setFilters(changes) {
    set({ filters: { ...get().filters, ...changes } });
    void get().load();
  },
  async load() {
    const request = ++requestSequence;
    set({ loading: true });
    try {
      const result = await call('cases.list', get().filters);
      // Typing quickly fires several searches; only the newest answer may win.
      if (request === requestSequence) set({ items: result.items, counts: result.counts, loading: false, loaded: true, error: null });
    } catch (error) {
      if (request === requestSequence) set({ loading: false, error: errorMessage(error) });
    }
  },
}));
