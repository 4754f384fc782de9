import { useEffect } from 'react';
import { useNavigate, useParams } from 'react-router';
import { call } from '../../api/client';
import { CaseForm } from './CaseForm';
import { formValuesOf } from './case-form-schema';
import { useCaseChanges } from '../../api/use-case-changes';
import { useCaseStore } from './case-store';
import { useCatalogues } from '../catalogues/use-catalogues';

export function CaseEditPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { catalogues } = useCatalogues();
  const detail = useCaseStore((state) => state.detail);
  const error = useCaseStore((state) => state.error);
  const load = useCaseStore((state) => state.load);
  const replace = useCaseStore((state) => state.replace);

  useEffect(() => {
    void load(id);
  }, [id, load]);
  useCaseChanges(id, ['case'], () => load(id));

  if (error) return <p className="alert error" role="alert">{error}</p>;
  if (!detail || detail.id !== id) return <p className="loading">Lädt …</p>;

  return (
    <section className="page" aria-labelledby="edit-title">
      <header className="page-header">
        <h1 id="edit-title">{detail.municipalityName} bearbeiten</h1>
      </header>
      <CaseForm
        key={detail.id}
        initialValues={formValuesOf(detail)}
        catalogues={catalogues.filter((catalogue) => catalogue.isLatest)}
        existingId={detail.id}
        submitLabel="Änderungen speichern"
        onSubmit={async (values) => {
          const updated = await call('cases.update', { id, changes: values });
          replace(updated);
          void navigate(`/faelle/${id}`);
          return updated;
        }}
        onCancel={() => void navigate(`/faelle/${id}`)}
      />
    </section>
  );
}
