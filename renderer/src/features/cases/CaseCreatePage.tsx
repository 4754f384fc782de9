import { useNavigate } from 'react-router';
import { call } from '../../api/client';
import { CaseForm } from './CaseForm';
import { EMPTY_CASE_FORM } from './case-form-schema';
import { useProcedures } from './use-procedures';

export function CaseCreatePage() {
  const navigate = useNavigate();
  const procedures = useProcedures();
  return (
    <section className="page" aria-labelledby="create-title">
      <header className="page-header">
        <h1 id="create-title">Neuer Auditfall</h1>
      </header>
      <CaseForm
        initialValues={EMPTY_CASE_FORM}
        procedures={procedures}
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
