import { z } from '../../../../shared/zod';
import { caseInputSchema, type CaseDetail } from '../../../../shared/contract';
import { validatedBy } from '../../../../shared/contract/common';
import { formatGermanInteger, parseGermanInteger } from '../../../../shared/domain/german-numbers';
import { DEFAULT_CATALOGUE_ID } from '../../../../shared/catalogue/defaults';
import { reauditInput } from '../../../../shared/domain/reaudit';
import { AUDIT_ROUNDS, CASE_KINDS } from '../../../../shared/vocabulary/cases';

/**
 * The form holds what the user typed (strings). One conversion turns it into contract shape,
 * which the same contract schema the backend uses then checks, so every rule has one home and
 * every problem is reported at once, even when a number could not be read.
 */
export const caseFormSchema = z
  .object({
    municipalityName: z.string(),
    ags: z.string(),
    kind: z.enum(CASE_KINDS),
    landkreis: z.string(),
    bundesland: z.string(),
    population: z.string(),
    catalogueId: z.string(),
    modules: z.array(z.string()),
    auditRound: z.enum(AUDIT_ROUNDS),
    previousCaseId: z.string(),
    auditor: z.string(),
    projectLead: z.object({ name: z.string(), role: z.string(), contact: z.string() }),
    notes: z.string(),
    motto: z.string(),
  })
  .transform((form, ctx) => {
    const population = parseGermanInteger(form.population);
    const unreadable = Number.isNaN(population);
    if (unreadable) ctx.addIssue({ code: 'custom', path: ['population'], message: 'Bitte eine ganze Zahl eingeben, z. B. 12.345.' });
    const candidate = {
      ...form,
      bundesland: form.bundesland || undefined,
      population: unreadable ? null : population,
      previousCaseId: form.previousCaseId || null,
    };
    return validatedBy(caseInputSchema)(candidate, ctx);
  });

export type CaseFormValues = z.input<typeof caseFormSchema>;
export type CaseFormOutput = z.output<typeof caseFormSchema>;

export const EMPTY_CASE_FORM: CaseFormValues = {
  municipalityName: '',
  ags: '',
  kind: 'kommune',
  landkreis: '',
  bundesland: '',
  population: '',
  catalogueId: DEFAULT_CATALOGUE_ID,
  modules: [],
  auditRound: 'erstaudit',
  previousCaseId: '',
  auditor: '',
  projectLead: { name: '', role: '', contact: '' },
  notes: '',
  motto: '',
};

export function formValuesOf(detail: CaseDetail): CaseFormValues {
  return {
    municipalityName: detail.municipalityName,
    ags: detail.ags,
    kind: detail.kind,
    landkreis: detail.landkreis,
    bundesland: detail.bundesland,
    population: detail.population === null ? '' : formatGermanInteger(detail.population),
    catalogueId: detail.catalogueId,
    modules: detail.modules.map((module) => module.id),
    auditRound: detail.auditRound,
    previousCaseId: detail.previousCaseId ?? '',
    auditor: detail.auditor,
    projectLead: { ...detail.projectLead },
    notes: detail.notes,
    motto: detail.motto,
  };
}

/** The form for the next round, pre-filled from the previous one (shared/domain/reaudit.ts). */
export function reauditFormValues(previous: CaseDetail): CaseFormValues {
  const input = reauditInput(previous);
  return {
    ...EMPTY_CASE_FORM,
    municipalityName: input.municipalityName,
    ags: input.ags,
    kind: input.kind,
    landkreis: input.landkreis ?? '',
    bundesland: input.bundesland ?? '',
    population: input.population === null || input.population === undefined ? '' : formatGermanInteger(input.population),
    catalogueId: input.catalogueId ?? DEFAULT_CATALOGUE_ID,
    modules: input.modules ?? [],
    auditRound: 'reaudit',
    previousCaseId: previous.id,
    auditor: input.auditor ?? '',
    projectLead: { name: input.projectLead?.name ?? '', role: input.projectLead?.role ?? '', contact: input.projectLead?.contact ?? '' },
  };
}
