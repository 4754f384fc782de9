import { scaleSchema } from '../catalogue/catalogue-schema';
import { z } from '../zod';
import { ITEM_KIND_LABELS, ITEM_KINDS, type ItemKind } from '../vocabulary/scoring';
import { baseText, fileOutputSchema, idSchema, isoDateTimeSchema, optionalText } from './common';
import { method } from './method';

export const itemKindSchema = z.enum(ITEM_KINDS);
export type { ItemKind };
export { ITEM_KIND_LABELS };

const ratingSchema = z.object({
  criterionId: z.string(),
  value: z.number().int().nullable(),
  notRatable: z.boolean(),
  justification: z.string(),
  evidence: z.array(z.string()),
  updatedAt: isoDateTimeSchema,
});

export const fieldItemSchema = z.object({ id: idSchema, kind: itemKindSchema, text: z.string(), position: z.number().int() });
export type FieldItem = z.infer<typeof fieldItemSchema>;

const trendSchema = z.enum(['besser', 'gleich', 'schlechter', 'neu bewertet', 'noch nicht bewertet', 'ohne Bewertung']);

export const scoringFieldSchema = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  scale: scaleSchema,
  criteria: z.array(
    z.object({ id: z.string(), text: z.string(), help: z.string().optional(), weight: z.number(), rating: ratingSchema.nullable(), score: z.number().nullable() }),
  ),
  items: z.array(fieldItemSchema),
  summary: z.string(),
  score: z.number().nullable(),
  rated: z.number().int(),
  notRatable: z.number().int(),
  total: z.number().int(),
});
export type ScoringField = z.infer<typeof scoringFieldSchema>;

const previousRoundSchema = z.object({
  caseId: idSchema,
  municipalityName: z.string(),
  createdAt: isoDateTimeSchema,
  overall: z.number().nullable(),
  fields: z.array(
    z.object({ id: z.string(), name: z.string(), score: z.number().nullable(), strengths: z.array(z.string()), weaknesses: z.array(z.string()) }),
  ),
});

export const scoringSchema = z.object({
  caseId: idSchema,
  editable: z.boolean(),
  /** Why this page cannot be changed and what would make it changeable (shared/domain/round-state.ts); null when it can. */
  lockReason: z.string().nullable(),
  fieldLabel: z.string(),
  fields: z.array(scoringFieldSchema),
  overall: z.number().nullable(),
  completeness: z.number().int(),
  previous: previousRoundSchema.nullable(),
  comparison: z.array(z.object({ fieldId: z.string(), previous: z.number().nullable(), current: z.number().nullable(), delta: z.number().nullable(), trend: trendSchema })),
});
export type Scoring = z.infer<typeof scoringSchema>;

export const rateInputSchema = z
  .object({
    caseId: idSchema,
    criterionId: z.string().min(1).max(80),
    value: z.number().int().nullable(),
    notRatable: z.boolean().default(false),
    justification: optionalText(4000),
    evidence: z.array(z.string().max(80)).max(50).default([]),
    expectedJustification: baseText(4000),
  })
  .refine((input) => !(input.notRatable && input.value !== null), {
    path: ['value'],
    message: 'Ein Kriterium ist entweder bewertet oder „nicht bewertbar“, nicht beides.',
  });
export type RateInput = z.output<typeof rateInputSchema>;

const summaryInputSchema = z.object({ caseId: idSchema, fieldId: z.string().min(1).max(80), summary: optionalText(10_000), expectedSummary: baseText(10_000) });

const itemText = z.string().trim().min(1, { message: 'Bitte einen Text eingeben.' }).max(1000, { message: 'Höchstens 1000 Zeichen.' });
const addItemInputSchema = z.object({ caseId: idSchema, fieldId: z.string().min(1).max(80), kind: itemKindSchema, text: itemText });
const updateItemInputSchema = z.object({ caseId: idSchema, itemId: idSchema, text: itemText });
const moveItemInputSchema = z.object({ caseId: idSchema, itemId: idSchema, toPosition: z.number().int().min(0) });
const deleteItemInputSchema = z.object({ caseId: idSchema, itemId: idSchema });

/** The strengths/weaknesses scoring. */
export const scoringMethods = {
  'scoring.get': method(z.object({ caseId: idSchema }), scoringSchema),
  'scoring.exportChart': method(z.object({ caseId: idSchema }), fileOutputSchema),
  'scoring.rate': method(rateInputSchema, scoringSchema),
  'scoring.saveSummary': method(summaryInputSchema, scoringSchema),
  'scoring.addItem': method(addItemInputSchema, scoringSchema),
  'scoring.updateItem': method(updateItemInputSchema, scoringSchema),
  'scoring.moveItem': method(moveItemInputSchema, scoringSchema),
  'scoring.deleteItem': method(deleteItemInputSchema, scoringSchema),
} as const;
