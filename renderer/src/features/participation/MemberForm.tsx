import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { ProjectMember } from '../../../../shared/contract';
import { MEMBER_GROUP_LABELS, MEMBER_GROUPS } from '../../../../shared/vocabulary/participation';
import { call, errorMessage } from '../../api/client';
import { DateField } from '../../components/DateField';
import { FormField } from '../../components/FormField';
import { showServerIssues } from '../../components/server-issues';
import { memberFieldOf, memberFormSchema, memberValuesOf, NEW_MEMBER, type MemberFormOutput, type MemberFormValues } from './member-form-schema';
import { useParticipationStore } from './participation-store';

/** A member of the project group: who, from which group, in which role; contact and dates only if needed. */
export function MemberForm({ caseId, member, onDone }: { caseId: string; member: ProjectMember | null; onDone(): void }) {
  const submit = useParticipationStore((state) => state.submit);
  const { register, handleSubmit, setError, formState } = useForm<MemberFormValues, unknown, MemberFormOutput>({
    resolver: zodResolver(memberFormSchema),
    defaultValues: member ? memberValuesOf(member) : NEW_MEMBER,
  });
  const { errors, isSubmitting } = formState;
  const [failure, setFailure] = useState<string | null>(null);

  const save = async (values: MemberFormOutput) => {
    setFailure(null);
    try {
      await submit(() => call('participation.saveMember', { caseId, id: member?.id ?? null, member: values }));
      onDone();
    } catch (error) {
      const placed = showServerIssues(error, setError, memberFieldOf);
      setFailure(placed > 0 ? null : errorMessage(error));
    }
  };

  return (
    <form className="card member-form" data-testid="member-form" noValidate onSubmit={(submit) => void handleSubmit(save)(submit)} aria-label={member ? `${member.name} bearbeiten` : 'Neues Mitglied der Projektgruppe'}>
      <div className="form-grid">
        <FormField label="Name *" error={errors.name?.message}>
          <input {...register('name')} data-testid="member-name" autoComplete="off" />
        </FormField>
        <FormField label="Gruppe *" error={errors.group?.message}>
          <select {...register('group')} data-testid="member-group">
            {MEMBER_GROUPS.map((group) => (
              <option key={group} value={group}>
                {MEMBER_GROUP_LABELS[group]}
              </option>
            ))}
          </select>
        </FormField>
        <FormField label="Rolle und Funktion" error={errors.role?.message} hint="z. B. Projektleitung, Bürgermeister/in">
          <input {...register('role')} data-testid="member-role" autoComplete="off" />
        </FormField>
        <FormField label="Kontakt (optional)" error={errors.contact?.message}>
          <input {...register('contact')} data-testid="member-contact" autoComplete="off" />
        </FormField>
        <DateField label="Mitglied seit" error={errors.from?.message} {...register('from')} data-testid="member-from" />
        <DateField label="Mitglied bis" error={errors.until?.message} {...register('until')} data-testid="member-until" />
      </div>
      <div className="form-actions">
        <button type="submit" className="button primary small" disabled={isSubmitting} data-testid="member-save">
          Speichern
        </button>
        <button type="button" className="button secondary small" onClick={onDone}>
          Abbrechen
        </button>
        {failure && (
          <span className="error-text" role="alert">
            {failure}
          </span>
        )}
      </div>
    </form>
  );
}
