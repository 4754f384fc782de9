import { create } from 'zustand';
import type { CaseListInput, CaseListOutput, CaseSummary } from '../../../../shared/contract';
import { call, errorMessage } from '../../api/client';

type CaseListFilters = Required<Pick<CaseListInput, 'search' | 'status' | 'sortBy' | 'sortDirection'>> &
  Pick<CaseListInput, 'kind' | 'bundesland' | 'auditRound'>;

/** Cases per request: a screenful many times over, and a small answer even with 20,000 cases. */
const CASE_PAGE_SIZE = 100;

interface CaseListState {
  filters: CaseListFilters;
  /** The loaded pages of the sorted list, by page number; the rest is fetched as it scrolls into view. */
  pages: Record<number, CaseSummary[]>;
  /** How many cases match the filters. */
  total: number;
  counts: CaseListOutput['counts'];
  /** The first answer has come: until then the list is not known to be empty. */
  loaded: boolean;
  error: string | null;
  setFilters(changes: Partial<CaseListFilters>): void;
  /** Loads the pages in view afresh (after a change anywhere); what is shown stays until they are there. */
  load(): Promise<void>;
  /** The table shows rows `first` to `last`: their pages are fetched unless loaded. */
  showRows(first: number, last: number): void;
}

/** A new generation starts with every new filter or reload; answers of an older one are dropped. */
let generation = 0;
let pagesInView: number[] = [0];
const requested = new Set<string>();

const pageOf = (filters: CaseListFilters, page: number) => call('cases.list', { ...filters, offset: page * CASE_PAGE_SIZE, limit: CASE_PAGE_SIZE });

export function caseAt(pages: CaseListState['pages'], index: number): CaseSummary | undefined {
  return pages[Math.floor(index / CASE_PAGE_SIZE)]?.[index % CASE_PAGE_SIZE];
}

export const useCaseListStore = create<CaseListState>((set, get) => ({
  filters: { search: '', status: 'active', sortBy: 'municipalityName', sortDirection: 'asc' },
  pages: {},
  total: 0,
  counts: { active: 0, archived: 0, trash: 0 },
  loaded: false,
  error: null,
  setFilters(changes) {
    set({ filters: { ...get().filters, ...changes } });
    pagesInView = [0];
    void get().load();
  },
  async load() {
    const current = ++generation;
    requested.clear();
    const wanted = [...pagesInView];
    for (const page of wanted) requested.add(`${current}:${page}`);
    try {
      const answers = await Promise.all(wanted.map((page) => pageOf(get().filters, page)));
      // Typing quickly fires several searches; only the newest answer may win.
      if (current !== generation) return;
      const newest = answers.at(-1);
      set({
        pages: Object.fromEntries(answers.map((answer, index) => [wanted[index], answer.items])),
        total: newest?.total ?? 0,
        counts: newest?.counts ?? get().counts,
        loaded: true,
        error: null,
      });
    } catch (error) {
      if (current === generation) set({ error: errorMessage(error) });
    }
  },
  showRows(first, last) {
    const firstPage = Math.floor(first / CASE_PAGE_SIZE);
    const lastPage = Math.floor(last / CASE_PAGE_SIZE);
    pagesInView = Array.from({ length: lastPage - firstPage + 1 }, (_, offset) => firstPage + offset);
    const current = generation;
    for (const page of pagesInView) {
      const key = `${current}:${page}`;
      if (get().pages[page] || requested.has(key)) continue;
      requested.add(key);
      pageOf(get().filters, page)
        .then((answer) => {
          if (current === generation) set({ pages: { ...get().pages, [page]: answer.items }, total: answer.total, counts: answer.counts });
        })
        .catch((error: unknown) => {
          requested.delete(key);
          if (current === generation) set({ error: errorMessage(error) });
        });
    }
  },
}));
