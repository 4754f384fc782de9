import { useNavigate } from 'react-router';
import { call } from '../../api/client';
import { CaseForm } from './CaseForm';
import { EMPTY_CASE_FORM } from './case-form-schema';
import { useCatalogues } from '../catalogues/use-catalogues';

export function CaseCreatePage() {
  const navigate = useNavigate();
  const { catalogues } = useCatalogues();
  return (
    <section className="page" aria-labelledby="create-title">
      <header className="page-header">
        <h1 id="create-title">Neuer Auditfall</h1>
      </header>
      <CaseForm
        initialValues={EMPTY_CASE_FORM}
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
    </section>
  );
}
