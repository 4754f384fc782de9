import { useEffect } from 'react';
import { Link } from 'react-router';
import { TransferImport } from '../transfer/TransferImport';
import { formatGermanInteger } from '../../../../shared/domain/german-numbers';
import { subscribe } from '../../api/client';
import { useCaseListStore } from './case-list-store';
import { CaseListToolbar } from './CaseListToolbar';
import { CaseTable } from './CaseTable';
import { ExampleCaseOffer } from './ExampleCaseOffer';
import { STATUS_LABELS } from '../../format/labels';

const EMPTY_TEXT = {
  active: 'Noch keine aktiven Auditfälle. Legen Sie den ersten mit „Neuer Auditfall“ an.',
  archived: 'Keine archivierten Auditfälle.',
  trash: 'Der Papierkorb ist leer.',
};

export function CaseListPage() {
  const items = useCaseListStore((state) => state.items);
  const status = useCaseListStore((state) => state.filters.status);
  const search = useCaseListStore((state) => state.filters.search);
  const error = useCaseListStore((state) => state.error);
  const load = useCaseListStore((state) => state.load);

  useEffect(() => {
    void load();
    return subscribe('cases.changed', () => void load());
  }, [load]);

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
      <p className="result-count" aria-live="polite" data-testid="case-count">
        {items.length === 1 ? '1 Auditfall' : `${formatGermanInteger(items.length)} Auditfälle`} ({STATUS_LABELS[status]})
      </p>
      {items.length === 0 ? (
        <>
          <p className="empty" data-testid="case-list-empty">
            {search ? `Keine Auditfälle zu „${search}“ gefunden.` : EMPTY_TEXT[status]}
          </p>
          {!search && status === 'active' && <ExampleCaseOffer />}
        </>
      ) : (
        <CaseTable items={items} />
      )}
    </section>
  );
}
