import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import type { MeasureInput, MeasureOutput } from '../../../../shared/contract';
import { ITEM_KIND_SINGULAR } from '../../../../shared/vocabulary/scoring';
import { PRIORITY_LABELS } from '../../../../shared/goals/agreement';
import { errorMessage, isStaleWrite } from '../../api/client';
import { showServerIssues } from '../../components/server-issues';
import { FormField } from '../../components/FormField';
import { useStoredFormValues } from '../../components/use-stored-form-values';
import { formFieldOf, measureFormSchema, measureFormValuesOf, type MeasureFormOutput, type MeasureFormValues } from './measure-form-schema';
import { optionsOf, SelectOptions } from '../../components/SelectOptions';

interface Linkable {
  id: string;
  kind: string;
  text: string;
}

interface MeasureEditorProps {
  /** The stored measure being changed (it follows other windows' saves), or null for a new one. */
  initial: MeasureOutput | null;
  linkableItems: Linkable[];
  linkableQuestions: { id: string; text: string }[];
  submitLabel: string;
  /** `expectedUpdatedAt`: the version of the stored measure the form's values start from. */
  onSubmit(measure: MeasureInput, expectedUpdatedAt: string | undefined): Promise<void>;
  /** Loads the page's data again, after another window changed the measure. */
  onReload?(): Promise<void>;
  onCancel(): void;
}

const itemKindLabel = (kind: string) => (Object.hasOwn(ITEM_KIND_SINGULAR, kind) ? ITEM_KIND_SINGULAR[kind as keyof typeof ITEM_KIND_SINGULAR] : kind);

/** The measure form, inline in the tree; Enter saves, every problem shows next to its field. */
export function MeasureEditor({ initial, linkableItems, linkableQuestions, submitLabel, onSubmit, onReload, onCancel }: MeasureEditorProps) {
  const stored = measureFormValuesOf(initial);
  const form = useForm<MeasureFormValues, unknown, MeasureFormOutput>({ resolver: zodResolver(measureFormSchema), defaultValues: stored, mode: 'onSubmit', reValidateMode: 'onChange' });
  const { register, handleSubmit, setError, reset, formState } = form;
  const { errors, isSubmitting } = formState;
  // The version the values start from moves on with the stored measure only while nothing is
  // changed here; this runs before the stored values are taken over below.
  const version = useRef(initial?.updatedAt);
  const versionValues = useRef(JSON.stringify(stored));
  const storedKey = JSON.stringify(stored);
  useEffect(() => {
    if (JSON.stringify(form.getValues()) !== versionValues.current) return;
    version.current = initial?.updatedAt;
    versionValues.current = storedKey;
  }, [initial?.updatedAt, storedKey, form]);
  useStoredFormValues(reset, stored);
  const [submitError, setSubmitError] = useState<{ message: string; stale: boolean } | null>(null);

  const save = async (measure: MeasureFormOutput) => {
    setSubmitError(null);
    try {
      await onSubmit(measure, version.current);
    } catch (error) {
      showServerIssues(error, setError, formFieldOf);
      setSubmitError({ message: errorMessage(error), stale: isStaleWrite(error) });
    }
  };

  const loadStored = () => {
    reset(stored);
    version.current = initial?.updatedAt;
    versionValues.current = storedKey;
    setSubmitError(null);
    void onReload?.();
  };
  const field = (name: keyof MeasureFormValues) => ({ ...register(name), 'data-testid': `measure-${name}` });

  return (
    <form className="measure-editor" data-testid="measure-editor" noValidate onSubmit={(event) => void handleSubmit(save)(event)}>
      {submitError && (
        <p className="alert error" role="alert">
          Nicht gespeichert: {submitError.message}{' '}
          {submitError.stale && (
            <button type="button" className="link-button" onClick={loadStored} data-testid="measure-reload">
              Gespeicherten Stand laden
            </button>
          )}
        </p>
      )}
      <div className="grid four">
        <FormField label="Maßnahme *" className="full" error={errors.title?.message}>
          <input {...field('title')} autoFocus />
        </FormField>
        <FormField label="Verantwortliche Stelle" error={errors.responsibleUnit?.message}>
          <input {...field('responsibleUnit')} />
        </FormField>
        <FormField label="Ansprechperson" error={errors.responsiblePerson?.message}>
          <input {...field('responsiblePerson')} />
        </FormField>
        <FormField label="Beginn (MM/JJJJ)" error={errors.start?.message}>
          <input {...field('start')} placeholder="MM/JJJJ" />
        </FormField>
        <FormField label="Ende (MM/JJJJ)" error={errors.end?.message}>
          <input {...field('end')} placeholder="MM/JJJJ" />
        </FormField>
        <FormField label="Budget (€)" error={errors.budget?.message}>
          <input {...field('budget')} inputMode="decimal" placeholder="z. B. 12.500" />
        </FormField>
        <FormField label="Hinweis zum Budget" error={errors.budgetNote?.message}>
          <input {...field('budgetNote')} placeholder="z. B. aus laufendem Haushalt" />
        </FormField>
        <FormField label="Priorität" error={errors.priority?.message}>
          <select {...field('priority')}>
            <SelectOptions options={optionsOf(PRIORITY_LABELS)} />
          </select>
        </FormField>
        <FormField label="Antwortet auf (Stärken/Schwächen)" error={errors.linkedItemId?.message}>
          <select {...field('linkedItemId')}>
            <SelectOptions options={linkableItems.map((item) => ({ value: item.id, label: `${itemKindLabel(item.kind)}: ${item.text}` }))} empty="– keine Verknüpfung –" />
          </select>
        </FormField>
        <FormField label="Antwortet auf (Frage des Fragebogens)" error={errors.linkedQuestionId?.message}>
          <select {...field('linkedQuestionId')}>
            <SelectOptions options={linkableQuestions.map((question) => ({ value: question.id, label: question.text }))} empty="– keine Verknüpfung –" />
          </select>
        </FormField>
        <FormField label="Beschreibung" className="full" error={errors.description?.message}>
          <textarea {...field('description')} rows={2} />
        </FormField>
      </div>
      <div className="form-actions">
        <button type="submit" className="button primary small" disabled={isSubmitting} data-testid="measure-save">
          {submitLabel}
        </button>
        <button type="button" className="button secondary small" onClick={onCancel}>
          Abbrechen
        </button>
      </div>
    </form>
  );
}
