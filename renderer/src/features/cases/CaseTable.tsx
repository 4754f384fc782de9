import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import type { CaseSummary } from '../../../../shared/contract';
import { bundeslandLabel, CASE_KIND_LABELS, formatPopulation, formatTimestamp } from '../../format/labels';
import { caseAt, useCaseListStore } from './case-list-store';

const ROW_HEIGHT = 52;

const COLUMNS = ['Kommune / Kreis', 'AGS', 'Art', 'Bundesland', 'Einwohner', 'Runde', 'Aktuelle Phase', 'Zuletzt geändert'];

/** Only the visible rows are in the DOM, and only their pages are fetched, so thousands of cases scroll smoothly. */
export function CaseTable({ total }: { total: number }) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const pages = useCaseListStore((state) => state.pages);
  const showRows = useCaseListStore((state) => state.showRows);
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  });
  const visible = virtualizer.getVirtualItems();
  const first = visible[0]?.index ?? 0;
  const last = visible.at(-1)?.index ?? 0;
  useEffect(() => showRows(first, last), [first, last, total, showRows]);

  return (
    <div className="case-table" role="table" aria-label="Auditfälle" aria-rowcount={total + 1} data-testid="case-table">
      <div className="case-row header" role="row" aria-rowindex={1}>
        {COLUMNS.map((column) => (
          <span key={column} role="columnheader">
            {column}
          </span>
        ))}
      </div>
      <div className="case-table-body" ref={scrollRef} data-testid="case-table-body">
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {visible.map((virtualRow) => {
            const item = caseAt(pages, virtualRow.index);
            return (
              <div
                key={item?.id ?? `row-${virtualRow.index}`}
                className="case-row"
                role="row"
                aria-rowindex={virtualRow.index + 2}
                data-testid={item ? 'case-row' : 'case-row-loading'}
                style={{ position: 'absolute', top: 0, left: 0, width: '100%', height: ROW_HEIGHT, transform: `translateY(${virtualRow.start}px)` }}
              >
                {item ? <CaseCells item={item} /> : <span role="cell" className="loading">Lädt …</span>}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}

function CaseCells({ item }: { item: CaseSummary }) {
  return (
    <>
      <span role="cell" className="name">
        <Link to={`/faelle/${item.id}`} data-testid="case-link">
          {item.municipalityName}
        </Link>
        {item.landkreis && <small>{item.landkreis}</small>}
      </span>
      <span role="cell" className="mono">
        {item.ags}
      </span>
      <span role="cell">{CASE_KIND_LABELS[item.kind]}</span>
      <span role="cell">{bundeslandLabel(item.bundesland)}</span>
      <span role="cell" className="number">
        {formatPopulation(item.population)}
      </span>
      <span role="cell">{item.roundLabel}</span>
      <span role="cell">{item.currentPhaseName ?? 'Alle Phasen abgeschlossen'}</span>
      <span role="cell">{formatTimestamp(item.updatedAt)}</span>
    </>
  );
}
