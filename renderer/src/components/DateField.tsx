import type { ComponentProps } from 'react';
import { DateInput } from './DateInput';
import { FormField } from './FormField';

type DateFieldProps = { label: string; error?: string | undefined; className?: string } & Omit<ComponentProps<typeof DateInput>, 'className'>;

/** A labelled German date input (TT.MM.JJJJ) with its error, for react-hook-form's `register`. */
export function DateField({ label, error, className, ...input }: DateFieldProps) {
  return (
    <FormField label={label} error={error} {...(className ? { className } : {})}>
      <DateInput {...input} />
    </FormField>
  );
}
