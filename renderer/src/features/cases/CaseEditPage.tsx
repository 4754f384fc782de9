import { useNavigate, useParams } from 'react-router';
import { call } from '../../api/client';
import { CaseForm } from './CaseForm';
import { formValuesOf } from './case-form-schema';
import { useCaseStore } from './case-store';
import { useCatalogues } from '../catalogues/use-catalogues';
import { Page } from '../../components/Page';

export function CaseEditPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { catalogues } = useCatalogues();
  // The case layout loads the case and keeps it current.
  const detail = useCaseStore((state) => (state.detail?.id === id ? state.detail : null));
  const replace = useCaseStore((state) => state.replace);
  if (!detail) return <p className="loading">Lädt …</p>;

  return (
    <Page title={`${detail.municipalityName} bearbeiten`}>
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
    </Page>
  );
}
