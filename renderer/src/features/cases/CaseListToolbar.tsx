import { useEffect, useState } from 'react';
import { BUNDESLAND_CODES } from '../../../../shared/domain/bundeslaender';
import type { CaseSortKey } from '../../../../shared/contract';
import { useCaseListStore } from './case-list-store';
import { AUDIT_ROUND_LABELS, bundeslandLabel, CASE_KIND_LABELS, SORT_LABELS, STATUS_LABELS } from './labels';

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
        <label className="field">
          <span>Art</span>
          <select
            data-testid="filter-kind"
            value={filters.kind ?? ''}
            onChange={(event) => setFilters({ kind: (event.target.value || undefined) as typeof filters.kind })}
          >
            <option value="">Alle</option>
            {Object.entries(CASE_KIND_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>Bundesland</span>
          <select
            data-testid="filter-bundesland"
            value={filters.bundesland ?? ''}
            onChange={(event) => setFilters({ bundesland: (event.target.value || undefined) as typeof filters.bundesland })}
          >
            <option value="">Alle</option>
            {BUNDESLAND_CODES.map((code) => (
              <option key={code} value={code}>
                {bundeslandLabel(code)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>Runde</span>
          <select
            data-testid="filter-round"
            value={filters.auditRound ?? ''}
            onChange={(event) => setFilters({ auditRound: (event.target.value || undefined) as typeof filters.auditRound })}
          >
            <option value="">Alle</option>
            {Object.entries(AUDIT_ROUND_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>Sortierung</span>
          <select
            data-testid="sort-by"
            value={filters.sortBy}
            onChange={(event) => setFilters({ sortBy: event.target.value as CaseSortKey })}
          >
            {Object.entries(SORT_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
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
