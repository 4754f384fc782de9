import { z } from '../zod';
import { catalogueSchema, sectionSchema } from '../catalogue/catalogue-schema';
import { idSchema, isoDateSchema, isoDateTimeSchema, optionalText } from './common';
import { CASE_FIELD_KEYS } from '../questionnaire/case-field-keys';

export const answerValueSchema = z.union([z.number(), z.string().max(20_000), z.array(z.string().max(200)).max(200)]);

export const answerSourceSchema = z.enum(['auditor', 'rathaus']);

export const answerRecordSchema = z.object({
  questionId: z.string(),
  value: answerValueSchema.nullable(),
  referenceDate: isoDateSchema.nullable(),
  comment: z.string(),
  source: answerSourceSchema,
  updatedAt: isoDateTimeSchema,
});
export type AnswerRecord = z.infer<typeof answerRecordSchema>;

const progressCountSchema = z.object({
  answered: z.number().int(),
  total: z.number().int(),
  requiredAnswered: z.number().int(),
  requiredTotal: z.number().int(),
});

const progressSchema = z.object({
  overall: progressCountSchema,
  byGroup: z.record(z.string(), progressCountSchema),
});

export const questionnaireSchema = z.object({
  caseId: idSchema,
  editable: z.boolean(),
  /** Why this page cannot be changed and what would make it changeable (shared/domain/round-state.ts); null when it can. */
  lockReason: z.string().nullable(),
  catalogue: z.object({
    id: z.string(),
    version: z.number().int(),
    name: z.string(),
    fieldLabel: z.string(),
    fields: catalogueSchema.shape.fields,
    modules: catalogueSchema.shape.modules,
    sections: z.array(sectionSchema),
  }),
  answers: z.array(answerRecordSchema),
  /** The questions that repeat a fact of the case, with what the case data says (null: not entered there). */
  caseData: z.array(z.object({ questionId: z.string(), field: z.enum(CASE_FIELD_KEYS), value: answerValueSchema.nullable() })),
  progress: progressSchema,
});
export type Questionnaire = z.infer<typeof questionnaireSchema>;

export const saveAnswerInputSchema = z.object({
  caseId: idSchema,
  questionId: z.string().min(1).max(80),
  value: answerValueSchema.nullable(),
  referenceDate: isoDateSchema.nullable().default(null),
  comment: optionalText(5000),
  /** The answer's `updatedAt` the writer last saw (null: not answered yet); a newer stored answer is not overwritten. */
  expectedUpdatedAt: isoDateTimeSchema.nullable().optional(),
});
export type SaveAnswerInput = z.output<typeof saveAnswerInputSchema>;

export const saveAnswerOutputSchema = z.object({ answer: answerRecordSchema, progress: progressSchema });

;
