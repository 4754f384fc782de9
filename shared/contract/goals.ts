import { z } from '../zod';
import { MEASURE_STATUSES, PRIORITIES } from '../vocabulary/goals';
import { idSchema, isoDateSchema, isoDateTimeSchema, optionalText } from './common';
import { MAX_YEARLY_REPORTS } from '../catalogue/catalogue-schema';
import { method } from './method';

export const prioritySchema = z.enum(PRIORITIES);
export const measureStatusSchema = z.enum(MEASURE_STATUSES);
export const nodeKindSchema = z.enum(['strategic', 'goal', 'measure']);
export type NodeKind = z.infer<typeof nodeKindSchema>;

const monthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'Bitte Monat und Jahr angeben (MM/JJJJ).' });
const title = z.string().trim().min(1, { message: 'Bitte einen Titel angeben.' }).max(500, { message: 'Höchstens 500 Zeichen.' });

export const measureInputSchema = z
  .object({
    title,
    description: optionalText(5000),
    responsibleUnit: optionalText(200),
    responsiblePerson: optionalText(200),
    startMonth: monthSchema.nullable().default(null),
    endMonth: monthSchema.nullable().default(null),
    budget: z
      .number()
      .min(0, { message: 'Das Budget kann nicht negativ sein.' })
      .max(1_000_000_000, { message: 'Das Budget ist unplausibel hoch.' })
      .refine((value) => Math.abs(value * 100 - Math.round(value * 100)) < 1e-6, { message: 'Höchstens zwei Nachkommastellen (Cent).' })
      .nullable()
      .default(null),
    budgetNote: optionalText(300),
    priority: prioritySchema.default('mittel'),
    linkedItemId: idSchema.nullable().default(null),
    linkedQuestionId: z.string().max(80).nullable().default(null),
  })
  .refine((measure) => !measure.startMonth || !measure.endMonth || measure.endMonth >= measure.startMonth, {
    path: ['endMonth'],
    message: 'Das Ende liegt vor dem Beginn.',
  });
export type MeasureInput = z.output<typeof measureInputSchema>;

/** Required once the agreement is adopted: changes are then amendments. */
export const amendmentInputSchema = z.object({ date: isoDateSchema.nullable(), reason: optionalText(2000) }).nullable().default(null);
export type AmendmentInput = z.output<typeof amendmentInputSchema>;

const measureOutputSchema = z.object({
  id: idSchema,
  number: z.string(),
  title: z.string(),
  description: z.string(),
  responsibleUnit: z.string(),
  responsiblePerson: z.string(),
  startMonth: z.string().nullable(),
  endMonth: z.string().nullable(),
  budget: z.number().nullable(),
  budgetNote: z.string(),
  priority: prioritySchema,
  linkedItemId: z.string().nullable(),
  linkedQuestionId: z.string().nullable(),
  carriedFrom: z.string().nullable(),
  status: measureStatusSchema,
  statusYear: z.number().int().nullable(),
  late: z.boolean(),
  /** The ideas of the Ideenspeicher this measure came from. */
  fromIdeas: z.array(z.object({ id: idSchema, text: z.string() })),
  /** The measure's version: a change that names an older one is refused (two windows). */
  updatedAt: isoDateTimeSchema,
});
export type MeasureOutput = z.infer<typeof measureOutputSchema>;

const progressCountsSchema = z.object({
  total: z.number().int(),
  done: z.number().int(),
  running: z.number().int(),
  planned: z.number().int(),
  late: z.number().int(),
  dropped: z.number().int(),
});

export const agreementSchema = z.object({
  caseId: idSchema,
  /** The whole agreement can change: tree, resolution, carry-over. */
  editable: z.boolean(),
  /** The adopted agreement can still change by recorded amendments (also after the certificate). */
  amendable: z.boolean(),
  /** Yearly reports and measure status can be filed; they stay open after the certificate. */
  reportsEditable: z.boolean(),
  /** Why this page cannot be changed and what would make it changeable (shared/domain/round-state.ts); null when it can. */
  lockReason: z.string().nullable(),
  adopted: z.object({ resolutionDate: isoDateSchema, drucksache: z.string() }).nullable(),
  fields: z.array(
    z.object({
      id: z.string(),
      code: z.string(),
      name: z.string(),
      budget: z.number(),
      strategicGoals: z.array(
        z.object({
          id: idSchema,
          number: z.string(),
          title: z.string(),
          goals: z.array(z.object({ id: idSchema, number: z.string(), title: z.string(), measures: z.array(measureOutputSchema) })),
        }),
      ),
    }),
  ),
  totals: z.object({ budget: z.number(), goals: z.number().int(), measures: z.number().int() }),
  progress: z.object({ overall: progressCountsSchema, byField: z.record(z.string(), progressCountsSchema) }),
  amendments: z.array(z.object({ id: idSchema, amendedOn: isoDateSchema, reason: z.string(), subject: z.string(), changes: z.array(z.string()), recordedAt: isoDateTimeSchema })),
  /** How many yearly reports the catalogue's implementation phase has. */
  yearlyReports: z.number().int(),
  reports: z.array(
    z.object({
      id: idSchema,
      year: z.number().int(),
      reportDate: isoDateSchema,
      comment: z.string(),
      entries: z.array(z.object({ measureId: idSchema, status: measureStatusSchema, comment: z.string() })),
    }),
  ),
  linkableItems: z.array(z.object({ id: idSchema, fieldId: z.string(), kind: z.string(), text: z.string() })),
  previous: z
    .object({
      caseId: idSchema,
      municipalityName: z.string(),
      lastReportYear: z.number().int().nullable(),
      measures: z.array(z.object({ id: idSchema, number: z.string(), title: z.string(), fieldId: z.string(), status: measureStatusSchema, carriedOver: z.boolean() })),
    })
    .nullable(),
});
export type Agreement = z.infer<typeof agreementSchema>;

const caseRef = { caseId: idSchema, amendment: amendmentInputSchema };

const addNodeInputSchema = z.object({ ...caseRef, kind: z.enum(['strategic', 'goal']), parentId: z.string().min(1).max(80), title });
const addMeasureInputSchema = z.object({ ...caseRef, goalId: idSchema, measure: measureInputSchema });
const renameNodeInputSchema = z.object({ ...caseRef, kind: z.enum(['strategic', 'goal']), id: idSchema, title });
const updateMeasureInputSchema = z.object({ ...caseRef, measureId: idSchema, measure: measureInputSchema, expectedUpdatedAt: isoDateTimeSchema.optional() });
const moveNodeInputSchema = z.object({ ...caseRef, kind: nodeKindSchema, id: idSchema, parentId: z.string().min(1).max(80), toPosition: z.number().int().min(0) });
const removeNodeInputSchema = z.object({ ...caseRef, kind: nodeKindSchema, id: idSchema });
const adoptInputSchema = z.object({
  caseId: idSchema,
  resolutionDate: isoDateSchema,
  drucksache: z.string().trim().min(1, { message: 'Bitte die Drucksachen-Nummer angeben.' }).max(100),
});
const correctResolutionInputSchema = adoptInputSchema.extend({
  reason: z.string().trim().min(10, { message: 'Bitte begründen, was korrigiert wird und warum (mindestens 10 Zeichen).' }).max(2000),
});
const reportInputSchema = z.object({
  caseId: idSchema,
  /** Bounded here by the most any catalogue allows; the service checks the case's own number. */
  year: z.number().int().min(1, { message: 'Das Berichtsjahr beginnt bei 1.' }).max(MAX_YEARLY_REPORTS, { message: `Höchstens ${MAX_YEARLY_REPORTS} Berichtsjahre.` }),
  reportDate: isoDateSchema,
  comment: optionalText(10_000),
  entries: z.array(z.object({ measureId: idSchema, status: measureStatusSchema, comment: optionalText(2000) })).max(500),
});
const carryOverInputSchema = z.object({ caseId: idSchema, measureIds: z.array(idSchema).min(1).max(200) });

/** The goal agreement, its resolution and yearly reports. */
export const goalsMethods = {
  'goals.get': method(z.object({ caseId: idSchema }), agreementSchema),
  'goals.addNode': method(addNodeInputSchema, agreementSchema),
  'goals.addMeasure': method(addMeasureInputSchema, agreementSchema),
  'goals.renameNode': method(renameNodeInputSchema, agreementSchema),
  'goals.updateMeasure': method(updateMeasureInputSchema, agreementSchema),
  'goals.move': method(moveNodeInputSchema, agreementSchema),
  'goals.remove': method(removeNodeInputSchema, agreementSchema),
  'goals.adopt': method(adoptInputSchema, agreementSchema),
  'goals.correctResolution': method(correctResolutionInputSchema, agreementSchema),
  'goals.saveReport': method(reportInputSchema, agreementSchema),
  'goals.carryOver': method(carryOverInputSchema, agreementSchema),
} as const;
