import { z } from '../zod';
import { AUDIT_ROUNDS, CASE_KIND_LABELS, CASE_KINDS, PHASE_STATES, type CaseKind } from '../vocabulary/cases';
import { bundeslandMismatchMessage, checkAgs, normalizeAgs } from '../domain/ags';
import { BUNDESLAND_CODES } from '../domain/bundeslaender';
import { validatePhaseDates, WARNING_KINDS } from '../domain/timeline';
import { byIdSchema, idSchema, isoDateSchema, isoDateTimeSchema, optionalText } from './common';
import { termsSchema } from '../catalogue/terminology';
import { method } from './method';

export const caseKindSchema = z.enum(CASE_KINDS);
export type { CaseKind };
export const auditRoundSchema = z.enum(AUDIT_ROUNDS);
export const bundeslandSchema = z.enum(BUNDESLAND_CODES);

export {  CASE_KIND_LABELS };

const projectLeadSchema = z.object({
  name: optionalText(200),
  role: optionalText(200),
  contact: optionalText(300),
});

const caseFieldsSchema = z.object({
  municipalityName: z
    .string()
    .trim()
    .min(1, { message: 'Bitte den Namen der Kommune oder des Kreises angeben.' })
    .max(200, { message: 'Höchstens 200 Zeichen.' }),
  ags: z.string().transform(normalizeAgs),
  kind: caseKindSchema,
  landkreis: optionalText(200),
  bundesland: bundeslandSchema.optional(),
  population: z
    .number()
    .int({ message: 'Die Einwohnerzahl ist eine ganze Zahl.' })
    .min(0, { message: 'Die Einwohnerzahl kann nicht negativ sein.' })
    .max(20_000_000, { message: 'Die Einwohnerzahl ist unplausibel groß.' })
    .nullable()
    .default(null),
  catalogueId: z.string().min(1).optional(),
  modules: z.array(z.string().max(80)).max(50).default([]),
  auditRound: auditRoundSchema.default('erstaudit'),
  previousCaseId: idSchema.nullable().default(null),
  auditor: optionalText(200),
  projectLead: projectLeadSchema.default({ name: '', role: '', contact: '' }),
  notes: optionalText(20_000),
  /** The municipality's motto for the procedure, e.g. "Ingersheim, heute leben – morgen gestalten". */
  motto: optionalText(200),
});

/** Everything the user enters for a case. Cross-field rules are checked here, once for every client. */
export const caseInputSchema = caseFieldsSchema.superRefine((value, ctx) => {
  const agsCheck = checkAgs(value.ags, value.kind);
  if (!agsCheck.ok) {
    ctx.addIssue({ code: 'custom', path: ['ags'], message: agsCheck.message });
  } else if (value.bundesland) {
    const mismatch = bundeslandMismatchMessage(value.ags, value.bundesland);
    if (mismatch) ctx.addIssue({ code: 'custom', path: ['bundesland'], message: mismatch });
  }
  if (value.auditRound === 'reaudit' && !value.previousCaseId) {
    ctx.addIssue({
      code: 'custom',
      path: ['previousCaseId'],
      message: 'Für eine Folgerunde (Re-Audit bzw. Fortschreibung) bitte den vorherigen Auditfall derselben Kommune auswählen.',
    });
  }
  if (value.auditRound === 'erstaudit' && value.previousCaseId) {
    ctx.addIssue({
      code: 'custom',
      path: ['previousCaseId'],
      message: 'Eine erste Runde (Erstaudit bzw. Erstverfahren) hat keinen vorherigen Auditfall.',
    });
  }
});
export type CaseInput = z.input<typeof caseInputSchema>;
export type CaseFields = z.output<typeof caseInputSchema>;

export const phaseRecordSchema = z.object({
  key: z.string(),
  name: z.string(),
  position: z.number().int(),
  plannedStart: isoDateSchema.nullable(),
  plannedEnd: isoDateSchema.nullable(),
  actualStart: isoDateSchema.nullable(),
  actualEnd: isoDateSchema.nullable(),
  note: z.string(),
  state: z.enum(PHASE_STATES),
  overdue: z.boolean(),
  /** Why this phase's dates cannot be changed (shared/domain/round-state.ts); null when they can. */
  lockReason: z.string().nullable(),
  /** The workshops and participation events of the phase's formats, by date. */
  events: z.array(z.object({ id: idSchema, formatName: z.string(), title: z.string(), heldOn: isoDateSchema.nullable() })),
});
export type PhaseRecord = z.infer<typeof phaseRecordSchema>;

const timelineWarningSchema = z.object({
  phaseKey: z.string().nullable(),
  kind: z.enum(WARNING_KINDS),
  severity: z.enum(['info', 'warnung', 'kritisch']),
  message: z.string(),
});

export const caseStatusSchema = z.enum(['active', 'archived', 'trash']);
export type CaseStatus = z.infer<typeof caseStatusSchema>;

const caseCommonOutput = {
  id: idSchema,
  municipalityName: z.string(),
  ags: z.string(),
  kind: caseKindSchema,
  landkreis: z.string(),
  bundesland: bundeslandSchema,
  population: z.number().int().nullable(),
  catalogueId: z.string(),
  catalogueVersion: z.number().int(),
  auditRound: auditRoundSchema,
  previousCaseId: idSchema.nullable(),
  auditor: z.string(),
  status: caseStatusSchema,
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
  archivedAt: isoDateTimeSchema.nullable(),
  deletedAt: isoDateTimeSchema.nullable(),
};

export const caseSummarySchema = z.object({
  ...caseCommonOutput,
  currentPhaseKey: z.string().nullable(),
  currentPhaseName: z.string().nullable(),
  /** The round in its procedure's words ("Re-Audit", "Fortschreibung"). */
  roundLabel: z.string(),
});
export type CaseSummary = z.infer<typeof caseSummarySchema>;

export const caseDetailSchema = z.object({
  ...caseCommonOutput,
  catalogueName: z.string(),
  fieldLabel: z.string(),
  /** The procedure's words for its steps and roles (shared/catalogue/terminology.ts). */
  terms: termsSchema,
  /** What the council's document is called (Strategiekonzept, Handlungskonzept): shared/catalogue/concept-outline.ts. */
  conceptName: z.string(),
  modules: z.array(z.object({ id: z.string(), name: z.string() })),
  projectLead: projectLeadSchema,
  notes: z.string(),
  motto: z.string(),
  previousCase: z
    .object({ id: idSchema, municipalityName: z.string(), auditRound: auditRoundSchema, createdAt: isoDateTimeSchema })
    .nullable(),
  phases: z.array(phaseRecordSchema),
  currentPhaseKey: z.string().nullable(),
  certificateValidUntil: isoDateSchema.nullable(),
  warnings: z.array(timelineWarningSchema),
});
export type CaseDetail = z.infer<typeof caseDetailSchema>;

/** The most cases one list call returns when it asks for a page. */
const CASE_PAGE_MAX = 500;

const caseSortKeySchema = z.enum(['municipalityName', 'ags', 'bundesland', 'population', 'createdAt', 'updatedAt']);

export const caseListInputSchema = z.object({
  search: z.string().trim().max(200).default(''),
  status: caseStatusSchema.default('active'),
  kind: caseKindSchema.optional(),
  bundesland: bundeslandSchema.optional(),
  auditRound: auditRoundSchema.optional(),
  ags: z.string().optional(),
  sortBy: caseSortKeySchema.default('municipalityName'),
  sortDirection: z.enum(['asc', 'desc']).default('asc'),
  /** A page of the sorted list: `limit` cases from `offset` on; without `limit`, all of them. */
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(CASE_PAGE_MAX).optional(),
});
export type CaseListInput = z.input<typeof caseListInputSchema>;
export type CaseListQuery = z.output<typeof caseListInputSchema>;

export const caseListOutputSchema = z.object({
  /** The asked-for page, from `offset` on. */
  items: z.array(caseSummarySchema),
  offset: z.number().int(),
  /** How many cases match the filters, on all pages. */
  total: z.number().int(),
  counts: z.object({ active: z.number().int(), archived: z.number().int(), trash: z.number().int() }),
});
export type CaseListOutput = z.infer<typeof caseListOutputSchema>;

const caseUpdateInputSchema = z.object({ id: idSchema, changes: caseInputSchema });
const caseArchiveInputSchema = z.object({ id: idSchema, archived: z.boolean() });

export const phaseUpdateInputSchema = z
  .object({
    caseId: idSchema,
    phaseKey: z.string().min(1),
    plannedStart: isoDateSchema.nullable(),
    plannedEnd: isoDateSchema.nullable(),
    actualStart: isoDateSchema.nullable(),
    actualEnd: isoDateSchema.nullable(),
    note: optionalText(2000),
  })
  .superRefine((value, ctx) => {
    for (const [field, message] of Object.entries(validatePhaseDates(value))) {
      ctx.addIssue({ code: 'custom', path: [field], message });
    }
  });
export type PhaseUpdate = z.output<typeof phaseUpdateInputSchema>;

const createExampleInputSchema = z.object({
  catalogueId: z.string().min(1).max(80),
  municipalityName: z.string().trim().min(1).max(200).default('Beispielstadt'),
  seed: z.number().int().min(0).max(2 ** 31).default(1),
});

/** Cases and their timeline. */
export const casesMethods = {
  'cases.list': method(caseListInputSchema, caseListOutputSchema),
  'cases.get': method(byIdSchema, caseDetailSchema),
  'cases.create': method(caseInputSchema, caseDetailSchema),
  'cases.createExample': method(createExampleInputSchema, caseDetailSchema),
  'cases.update': method(caseUpdateInputSchema, caseDetailSchema),
  'cases.setArchived': method(caseArchiveInputSchema, caseDetailSchema),
  'cases.moveToTrash': method(byIdSchema, caseDetailSchema),
  'cases.restore': method(byIdSchema, caseDetailSchema),
  'cases.deletePermanently': method(byIdSchema, z.object({ id: idSchema })),
  'timeline.updatePhase': method(phaseUpdateInputSchema, caseDetailSchema),
} as const;
