import { useEffect, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import type { CaseDetail } from '../../../../shared/contract';
import { call, errorMessage } from '../../api/client';
import { CaseForm } from './CaseForm';
import { EMPTY_CASE_FORM, reauditFormValues } from './case-form-schema';
import { useCatalogues } from '../catalogues/use-catalogues';
import { Page } from '../../components/Page';

/** A new case; with `?reauditVon=ID` the next round of that case, pre-filled from it. */
export function CaseCreatePage() {
  const navigate = useNavigate();
  const { catalogues } = useCatalogues();
  const previousId = useSearchParams()[0].get('reauditVon');
  const [previous, setPrevious] = useState<{ id: string; detail: CaseDetail | null; error: string | null } | null>(null);

  useEffect(() => {
    if (!previousId) return;
    call('cases.get', { id: previousId })
      .then((detail) => setPrevious({ id: previousId, detail, error: null }))
      .catch((failure: unknown) => setPrevious({ id: previousId, detail: null, error: errorMessage(failure) }));
  }, [previousId]);

  const loaded = previousId ? (previous?.id === previousId ? previous : null) : null;
  if (previousId && !loaded) return <p className="loading">Lädt …</p>;
  return (
    <Page title={loaded?.detail ? `${loaded.detail.terms.nextRound} für ${loaded.detail.municipalityName}` : 'Neuer Auditfall'}>
      {loaded?.error && (
        <p className="alert error" role="alert">
          {loaded.error}
        </p>
      )}
      {loaded?.detail && (
        <p className="muted" data-testid="reaudit-prefilled">
          Aus der vorherigen Runde übernommen: Stammdaten, Module, {loaded.detail.terms.auditor} und Projektleitung. Bitte prüfen und ergänzen.
        </p>
      )}
      <CaseForm
        key={loaded?.detail?.id ?? 'neu'}
        initialValues={loaded?.detail ? reauditFormValues(loaded.detail) : EMPTY_CASE_FORM}
        catalogues={catalogues.filter((catalogue) => catalogue.isLatest)}
        existingId={null}
        submitLabel="Auditfall anlegen"
        onSubmit={async (values) => {
          const created = await call('cases.create', values);
          void navigate(`/faelle/${created.id}`);
          return created;
        }}
        onCancel={() => void navigate('/')}
      />
    </Page>
  );
}
