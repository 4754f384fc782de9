import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { Link } from 'react-router';
import type { CaseSummary } from '../../../../shared/contract';
import { bundeslandLabel, CASE_KIND_LABELS, formatPopulation, formatTimestamp } from '../../format/labels';

const ROW_HEIGHT = 52;

const COLUMNS = ['Kommune / Kreis', 'AGS', 'Art', 'Bundesland', 'Einwohner', 'Runde', 'Aktuelle Phase', 'Zuletzt geändert'];

/** Only the visible rows are in the DOM, so thousands of cases scroll smoothly. */
export function CaseTable({ items }: { items: CaseSummary[] }) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  });

  return (
    <div className="case-table" role="table" aria-label="Auditfälle" aria-rowcount={items.length + 1} data-testid="case-table">
      <div className="case-row header" role="row" aria-rowindex={1}>
        {COLUMNS.map((column) => (
          <span key={column} role="columnheader">
            {column}
          </span>
        ))}
      </div>
      <div className="case-table-body" ref={scrollRef} data-testid="case-table-body">
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((virtualRow) => {
            const item = items[virtualRow.index];
            if (!item) return null;
            return (
              <div
                key={item.id}
                className="case-row"
                role="row"
                aria-rowindex={virtualRow.index + 2}
                data-testid="case-row"
                style={{ position: 'absolute', top: 0, left: 0, width: '100%', height: ROW_HEIGHT, transform: `translateY(${virtualRow.start}px)` }}
              >
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
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
