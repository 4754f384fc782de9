import { useEffect, useState } from 'react';
import { FilterSelect } from '../../components/FilterSelect';
import { optionsOf } from '../../components/SelectOptions';
import { useCaseListStore } from './case-list-store';
import { BUNDESLAND_OPTIONS, CASE_KIND_LABELS, SORT_LABELS, STATUS_LABELS } from '../../format/labels';

// The list holds rounds of every procedure, so its filter names the rounds in words they share.
const ROUND_FILTER_OPTIONS = [
  { value: 'erstaudit', label: 'Erste Runde' },
  { value: 'reaudit', label: 'Folgerunde' },
] as const;

const SEARCH_DELAY_MS = 150;


export function CaseListToolbar() {
  const filters = useCaseListStore((state) => state.filters);
  const counts = useCaseListStore((state) => state.counts);
  const setFilters = useCaseListStore((state) => state.setFilters);
  const [search, setSearch] = useState(filters.search);

  useEffect(() => {
    if (search === filters.search) return;
    const timer = window.setTimeout(() => setFilters({ search }), SEARCH_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [search, filters.search, setFilters]);

  return (
    <div className="toolbar">
      <div className="tabs" role="tablist" aria-label="Auswahl der Auditfälle">
        {(['active', 'archived', 'trash'] as const).map((status) => (
          <button
            key={status}
            type="button"
            role="tab"
            aria-selected={filters.status === status}
            className="tab"
            data-testid={`case-status-${status}`}
            onClick={() => setFilters({ status })}
          >
            {STATUS_LABELS[status]} <span className="count">{counts[status]}</span>
          </button>
        ))}
      </div>
      <div className="filters">
        <label className="field grow">
          <span>Suche</span>
          <input
            type="search"
            data-testid="case-search"
            placeholder="Name, AGS, Landkreis, Auditor/in …"
            value={search}
            onChange={(event) => setSearch(event.target.value)}
          />
        </label>
        <FilterSelect
          label="Art"
          testId="filter-kind"
          value={filters.kind}
          options={optionsOf(CASE_KIND_LABELS)}
          allLabel="Alle"
          onChange={(kind) => setFilters({ kind })}
        />
        <FilterSelect
          label="Bundesland"
          testId="filter-bundesland"
          value={filters.bundesland}
          options={BUNDESLAND_OPTIONS}
          allLabel="Alle"
          onChange={(bundesland) => setFilters({ bundesland })}
        />
        <FilterSelect
          label="Runde"
          testId="filter-round"
          value={filters.auditRound}
          options={ROUND_FILTER_OPTIONS}
          allLabel="Alle"
          onChange={(auditRound) => setFilters({ auditRound })}
        />
        <FilterSelect
          label="Sortierung"
          testId="sort-by"
          value={filters.sortBy}
          options={optionsOf(SORT_LABELS)}
          onChange={(sortBy) => setFilters({ sortBy: sortBy ?? 'municipalityName' })}
        />
        <button
          type="button"
          className="button secondary direction"
          data-testid="sort-direction"
          aria-label={filters.sortDirection === 'asc' ? 'Aufsteigend sortiert, umkehren' : 'Absteigend sortiert, umkehren'}
          onClick={() => setFilters({ sortDirection: filters.sortDirection === 'asc' ? 'desc' : 'asc' })}
        >
          {filters.sortDirection === 'asc' ? '↑ aufsteigend' : '↓ absteigend'}
        </button>
      </div>
    </div>
  );
}
