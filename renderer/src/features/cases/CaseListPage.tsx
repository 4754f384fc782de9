import { useEffect } from 'react';
import type { CaseStatus } from '../../../../shared/contract';
import { Link } from 'react-router';
import { TransferImport } from '../transfer/TransferImport';
import { formatGermanInteger } from '../../../../shared/domain/german-numbers';
import { subscribe } from '../../api/client';
import { useCaseListStore } from './case-list-store';
import { CaseListToolbar } from './CaseListToolbar';
import { CaseTable } from './CaseTable';
import { ExampleCaseOffer } from './ExampleCaseOffer';
import { STATUS_LABELS } from '../../format/labels';
import { preloadPagesWhenIdle } from '../../app/pages';

const EMPTY_TEXT = {
  active: 'Noch keine aktiven Auditfälle. Legen Sie den ersten mit „Neuer Auditfall“ an.',
  archived: 'Keine archivierten Auditfälle.',
  trash: 'Der Papierkorb ist leer.',
};

export function CaseListPage() {
  const total = useCaseListStore((state) => state.total);
  const filters = useCaseListStore((state) => state.filters);
  const error = useCaseListStore((state) => state.error);
  const loaded = useCaseListStore((state) => state.loaded);
  const load = useCaseListStore((state) => state.load);

  useEffect(() => {
    void load();
    return subscribe('cases.changed', () => void load());
  }, [load]);
  useEffect(() => {
    if (loaded) preloadPagesWhenIdle();
  }, [loaded]);

  return (
    <section className="page case-list-page" aria-labelledby="case-list-title">
      <header className="page-header">
        <h1 id="case-list-title">Auditfälle</h1>
        <div className="header-actions">
          <TransferImport />
          <Link to="/faelle/neu" className="button primary" data-testid="new-case">
            Neuer Auditfall
          </Link>
        </div>
      </header>
      <CaseListToolbar />
      {error && (
        <p className="alert error" role="alert">
          {error}
        </p>
      )}
      {!loaded && !error && <p className="loading">Lädt …</p>}
      {loaded && <CaseListResult total={total} status={filters.status} search={filters.search} tableKey={JSON.stringify(filters)} />}
    </section>
  );
}

/** `tableKey` names the filters: a new choice shows its list from the top. */
function CaseListResult({ total, status, search, tableKey }: { total: number; status: CaseStatus; search: string; tableKey: string }) {
  return (
    <>
      <p className="result-count" aria-live="polite" data-testid="case-count">
        {total === 1 ? '1 Auditfall' : `${formatGermanInteger(total)} Auditfälle`} ({STATUS_LABELS[status]})
      </p>
      {total === 0 ? (
        <>
          <p className="empty" data-testid="case-list-empty">
            {search ? `Keine Auditfälle zu „${search}“ gefunden.` : EMPTY_TEXT[status]}
          </p>
          {!search && status === 'active' && <ExampleCaseOffer />}
        </>
      ) : (
        <CaseTable key={tableKey} total={total} />
      )}
    </>
  );
}
