import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { updateSettingsInputSchema } from '../../../../shared/contract/settings';
import { errorMessage } from '../../api/client';
import { FormField } from '../../components/FormField';
import { useSettingsStore } from './settings-store';

interface UserNameFormProps {
  initialName: string;
  submitLabel: string;
  onSaved?(): void;
  /** In the first-start dialog the form arrives after the dialog opened, so it takes the focus itself. */
  focusOnShow?: boolean;
}

/** The person's name: the change log and the import log name them by it. */
export function UserNameForm({ initialName, submitLabel, onSaved, focusOnShow = false }: UserNameFormProps) {
  const save = useSettingsStore((state) => state.save);
  const form = useForm<{ userName: string }>({ resolver: zodResolver(updateSettingsInputSchema), defaultValues: { userName: initialName } });
  const [status, setStatus] = useState<{ kind: 'saved' | 'error'; text: string } | null>(null);
  const { setFocus } = form;
  useEffect(() => {
    if (focusOnShow) setFocus('userName');
  }, [focusOnShow, setFocus]);
  const submit = form.handleSubmit(async ({ userName }) => {
    try {
      await save(userName);
      setStatus({ kind: 'saved', text: 'Gespeichert. Neue Einträge im Änderungsprotokoll nennen diesen Namen.' });
      onSaved?.();
    } catch (failure) {
      setStatus({ kind: 'error', text: errorMessage(failure) });
    }
  });
  return (
    <form onSubmit={(event) => void submit(event)} noValidate data-testid="user-name-form">
      <FormField label="Ihr Name" error={form.formState.errors.userName?.message} hint="So erscheinen Sie im Änderungsprotokoll und im Importprotokoll, z. B. „Dr. Maria Muster“.">
        <input {...form.register('userName')} autoComplete="name" data-testid="user-name" />
      </FormField>
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={form.formState.isSubmitting} data-testid="save-user-name">
          {submitLabel}
        </button>
      </div>
      {status && (
        <p className={`alert ${status.kind === 'saved' ? 'success' : 'error'}`} role={status.kind === 'saved' ? 'status' : 'alert'} data-testid="user-name-status">
          {status.text}
        </p>
      )}
    </form>
  );
}
