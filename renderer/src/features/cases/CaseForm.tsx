import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useRef, useState } from 'react';
import { useForm, useWatch, type FieldPath } from 'react-hook-form';
import type { CaseDetail, CatalogueSummary } from '../../../../shared/contract';
import { checkAgs } from '../../../../shared/domain/ags';
import { call, errorMessage } from '../../api/client';
import { showServerIssues } from '../../components/server-issues';
import { FormField } from '../../components/FormField';
import { useStoredFormValues } from '../../components/use-stored-form-values';
import { RadioGroup } from '../../components/RadioGroup';
import { ModuleChoice } from './ModuleChoice';
import { caseFormSchema, reauditFormValues, type CaseFormOutput, type CaseFormValues } from './case-form-schema';
import { BUNDESLAND_OPTIONS, CASE_KIND_LABELS, formatTimestamp } from '../../format/labels';
import { usePreviousRounds } from './use-previous-rounds';
import { roundLabel, termsOf } from '../../../../shared/catalogue/terminology';
import { shortCatalogueName } from '../../../../shared/catalogue/catalogue-names';
import { optionsOf, SelectOptions } from '../../components/SelectOptions';

interface CaseFormProps {
  initialValues: CaseFormValues;
  /** For a new case: the newest version of each catalogue. An existing case keeps its own. */
  catalogues: CatalogueSummary[];
  existingId: string | null;
  submitLabel: string;
  onSubmit(values: CaseFormOutput): Promise<CaseDetail>;
  onCancel(): void;
}

export function CaseForm({ initialValues, catalogues, existingId, submitLabel, onSubmit, onCancel }: CaseFormProps) {
  const form = useForm<CaseFormValues, unknown, CaseFormOutput>({
    resolver: zodResolver(caseFormSchema),
    defaultValues: initialValues,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  const { register, handleSubmit, setValue, setError, control, formState } = form;
  useStoredFormValues(form.reset, initialValues);
  const [submitError, setSubmitError] = useState<string | null>(null);
  const ags = useWatch({ control, name: 'ags' });
  const auditRound = useWatch({ control, name: 'auditRound' });
  const catalogueId = useWatch({ control, name: 'catalogueId' });
  const chosenCatalogue = catalogues.find((catalogue) => catalogue.id === catalogueId);
  const terms = termsOf({ terminology: chosenCatalogue?.terms });
  const previousRounds = usePreviousRounds(ags, auditRound === 'reaudit', existingId);
  const errors = formState.errors;

  useEffect(() => {
    const check = checkAgs(ags);
    if (check.ok) setValue('bundesland', check.bundesland, { shouldValidate: formState.isSubmitted });
  }, [ags, setValue, formState.isSubmitted]);

  const initialCatalogue = useRef(initialValues.catalogueId);
  useEffect(() => {
    // Modules belong to one catalogue; a different catalogue starts without any.
    if (existingId === null && catalogueId !== initialCatalogue.current) {
      initialCatalogue.current = catalogueId;
      setValue('modules', []);
    }
  }, [catalogueId, existingId, setValue]);

  const previousCaseId = useWatch({ control, name: 'previousCaseId' });
  useEffect(() => {
    // The rounds to choose from arrive after the form; a pre-filled choice is shown once its option exists.
    const chosen = form.getValues('previousCaseId');
    if (chosen && previousRounds.some((round) => round.id === chosen)) setValue('previousCaseId', chosen);
  }, [previousRounds, form, setValue]);
  const initialPrevious = useRef(initialValues.previousCaseId);
  useEffect(() => {
    // Choosing the previous round fills what is still empty from it; nothing typed is overwritten.
    if (existingId !== null || !previousCaseId || previousCaseId === initialPrevious.current) return;
    initialPrevious.current = previousCaseId;
    call('cases.get', { id: previousCaseId })
      .then((previous) => {
        const filled = reauditFormValues(previous);
        const current = form.getValues();
        if (!current.landkreis) setValue('landkreis', filled.landkreis);
        if (!current.population) setValue('population', filled.population);
        if (!current.auditor) setValue('auditor', filled.auditor);
        if (!current.projectLead.name && !current.projectLead.role && !current.projectLead.contact) setValue('projectLead', filled.projectLead);
        if (current.modules.length === 0 && current.catalogueId === filled.catalogueId) setValue('modules', filled.modules);
      })
      .catch(() => undefined);
  }, [previousCaseId, existingId, form, setValue]);

  const submit = handleSubmit(async (values) => {
    setSubmitError(null);
    try {
      await onSubmit(values);
    } catch (error) {
      // Field problems the backend found (e.g. an unknown previous case) go next to the field.
      showServerIssues(error, setError, (path) => path as FieldPath<CaseFormValues>);
      setSubmitError(errorMessage(error));
    }
  });

  return (
    <form className="case-form" onSubmit={(event) => void submit(event)} noValidate data-testid="case-form">
      {submitError && (
        <p className="alert error" role="alert" data-testid="form-error">
          Nicht gespeichert: {submitError} Ihre Eingaben bleiben erhalten.
        </p>
      )}
      <fieldset>
        <legend>Kommune</legend>
        <div className="grid two">
          <FormField label="Name der Kommune / des Kreises *" error={errors.municipalityName?.message}>
            <input {...register('municipalityName')} data-testid="field-name" autoComplete="off" />
          </FormField>
          <FormField label="Amtlicher Gemeindeschlüssel (AGS) *" error={errors.ags?.message} hint="8 Ziffern, z. B. 05711000">
            <input {...register('ags')} data-testid="field-ags" inputMode="numeric" autoComplete="off" />
          </FormField>
          <RadioGroup label="Art" options={optionsOf(CASE_KIND_LABELS)} registration={register('kind')} testIdPrefix="field-kind" />
          <FormField label="Motto des Verfahrens" error={errors.motto?.message} hint="z. B. „heute leben – morgen gestalten“" className="full">
            <input {...register('motto')} data-testid="field-motto" autoComplete="off" />
          </FormField>
          <FormField label="Einwohnerzahl" error={errors.population?.message}>
            <input {...register('population')} data-testid="field-population" inputMode="numeric" autoComplete="off" />
          </FormField>
          <FormField label="Landkreis" error={errors.landkreis?.message}>
            <input {...register('landkreis')} data-testid="field-landkreis" autoComplete="off" />
          </FormField>
          <FormField label="Bundesland" error={errors.bundesland?.message} hint="wird aus dem AGS ermittelt">
            <select {...register('bundesland')} data-testid="field-bundesland">
              <SelectOptions options={BUNDESLAND_OPTIONS} empty="– aus dem AGS –" />
            </select>
          </FormField>
        </div>
      </fieldset>

      <fieldset>
        <legend>Audit</legend>
        <div className="grid two">
          <FormField
            label="Verfahren (Katalog)"
            error={errors.catalogueId?.message}
            hint={
              [chosenCatalogue && shortCatalogueName(chosenCatalogue.name) !== chosenCatalogue.name ? chosenCatalogue.name : null, existingId !== null ? 'Ein Auditfall bleibt bei dem Katalog, mit dem er begonnen wurde.' : null]
                .filter(Boolean)
                .join(' · ') || undefined
            }
          >
            <select {...register('catalogueId')} data-testid="field-catalogue" disabled={existingId !== null}>
              {catalogues.map((catalogue) => (
                <option key={catalogue.id} value={catalogue.id}>
                  {shortCatalogueName(catalogue.name)} (Version {catalogue.version})
                </option>
              ))}
              {existingId !== null && !catalogues.some((catalogue) => catalogue.id === initialValues.catalogueId) && (
                <option value={initialValues.catalogueId}>{initialValues.catalogueId}</option>
              )}
            </select>
          </FormField>
          <FormField label={terms.auditor} error={errors.auditor?.message}>
            <input {...register('auditor')} data-testid="field-auditor" autoComplete="name" />
          </FormField>
          <RadioGroup
            label="Runde"
            options={[
              { value: 'erstaudit', label: terms.firstRound },
              { value: 'reaudit', label: terms.nextRound },
            ]}
            registration={register('auditRound')}
            testIdPrefix="field-round"
          />
          {auditRound === 'reaudit' && (
            <FormField
              label="Vorheriger Auditfall *"
              error={errors.previousCaseId?.message}
              hint={previousRounds.length === 0 ? 'Kein früherer Auditfall mit diesem AGS gefunden.' : undefined}
            >
              <select {...register('previousCaseId')} data-testid="field-previous">
                <option value="">– bitte wählen –</option>
                {previousRounds.map((round) => (
                  <option key={round.id} value={round.id}>
                    {round.municipalityName} – {roundLabel(terms, round.auditRound)}, angelegt {formatTimestamp(round.createdAt)}
                  </option>
                ))}
              </select>
            </FormField>
          )}
        </div>
      </fieldset>

      <ModuleChoice control={control} catalogue={catalogues.find((catalogue) => catalogue.id === catalogueId)} />

      <fieldset>
        <legend>Projektleitung der Kommune</legend>
        <div className="grid three">
          <FormField label="Name" error={errors.projectLead?.name?.message}>
            <input {...register('projectLead.name')} data-testid="field-lead-name" autoComplete="off" />
          </FormField>
          <FormField label="Funktion" error={errors.projectLead?.role?.message}>
            <input {...register('projectLead.role')} data-testid="field-lead-role" autoComplete="off" />
          </FormField>
          <FormField label="Kontakt (Telefon, E-Mail)" error={errors.projectLead?.contact?.message}>
            <input {...register('projectLead.contact')} data-testid="field-lead-contact" autoComplete="off" />
          </FormField>
        </div>
      </fieldset>

      <fieldset>
        <legend>Notizen</legend>
        <FormField label="Notizen" error={errors.notes?.message} className="full">
          <textarea {...register('notes')} rows={4} data-testid="field-notes" />
        </FormField>
      </fieldset>

      <div className="form-actions">
        <button type="submit" className="button primary" data-testid="save-case" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? 'Speichert …' : submitLabel}
        </button>
        <button type="button" className="button secondary" onClick={onCancel}>
          Abbrechen
        </button>
      </div>
    </form>
  );
}
