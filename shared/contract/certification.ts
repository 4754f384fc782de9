import { z } from '../zod';
import { CERTIFICATION_RATING_LABELS, CRITERION_RATINGS, RECOMMENDATIONS } from '../vocabulary/certification';
import { baseText, fileOutputSchema, idSchema, isoDateSchema, isoDateTimeSchema, optionalText } from './common';
import { FORMAL_CHECK_IDS } from '../certification/formal-check-ids';
import { FIX_PAGES } from '../certification/formal-checks';
import { method } from './method';

const certificationRatingSchema = z.enum(CRITERION_RATINGS);
const recommendationSchema = z.enum(RECOMMENDATIONS);
export { CERTIFICATION_RATING_LABELS };

export const assessmentSchema = z.object({
  caseId: idSchema,
  editable: z.boolean(),
  /** Why this page cannot be changed and what would make it changeable (shared/domain/round-state.ts); null when it can. */
  lockReason: z.string().nullable(),
  finalizedAt: isoDateTimeSchema.nullable(),
  criteria: z.array(
    z.object({
      id: z.string(),
      category: z.enum(['inhaltlich', 'governance', 'formal']),
      text: z.string(),
      help: z.string().optional(),
      rating: certificationRatingSchema.nullable(),
      justification: z.string(),
      /** The computed checks deciding this criterion (shared/certification/criterion-proposal.ts). */
      checks: z.array(z.string()),
      proposedRating: certificationRatingSchema.nullable(),
      deviation: z.string().nullable(),
      deviationJustified: z.boolean(),
    }),
  ),
  checks: z.array(
    z.object({ id: z.enum(FORMAL_CHECK_IDS), label: z.string(), passed: z.boolean(), details: z.array(z.object({ text: z.string(), target: z.object({ group: z.string().optional(), element: z.string() }).nullable() })), fix: z.enum(FIX_PAGES) }),
  ),
  computed: z.object({ recommendation: recommendationSchema, reasons: z.array(z.string()), suggestedConditions: z.array(z.string()) }),
  override: z.object({ recommendation: recommendationSchema, reason: z.string() }).nullable(),
  /** The computed recommendation, or the auditor's override. */
  recommendation: recommendationSchema,
  conditions: z.array(z.string()),
  certificate: z.object({ date: isoDateSchema, validUntil: isoDateSchema }).nullable(),
  reopenings: z.array(z.object({ reason: z.string(), reopenedAt: isoDateTimeSchema })),
});
export type Assessment = z.infer<typeof assessmentSchema>;

const rateCertificationInputSchema = z.object({
  caseId: idSchema,
  criterionId: z.string().min(1).max(80),
  rating: certificationRatingSchema.nullable(),
  justification: optionalText(4000),
  expectedJustification: baseText(4000),
});

const decideInputSchema = z
  .object({
    caseId: idSchema,
    override: z.object({ recommendation: recommendationSchema, reason: optionalText(4000) }).nullable().default(null),
    conditions: z.array(z.string().trim().min(1).max(1000)).max(50).default([]),
    certificateDate: isoDateSchema.nullable().default(null),
  })
  .refine((input) => !input.override || input.override.reason.length >= 10, {
    path: ['override', 'reason'],
    message: 'Eine abweichende Empfehlung braucht eine schriftliche Begründung (mindestens 10 Zeichen).',
  });

const reopenInputSchema = z.object({
  caseId: idSchema,
  reason: z.string().trim().min(10, { message: 'Bitte begründen, warum die Begutachtung wieder geöffnet wird (mindestens 10 Zeichen).' }).max(4000),
});

const exportAssessmentInputSchema = z.object({ caseId: idSchema });

/** The certification assessment. */
export const certificationMethods = {
  'certification.get': method(z.object({ caseId: idSchema }), assessmentSchema),
  'certification.rate': method(rateCertificationInputSchema, assessmentSchema),
  'certification.decide': method(decideInputSchema, assessmentSchema),
  'certification.finalize': method(z.object({ caseId: idSchema }), assessmentSchema),
  'certification.reopen': method(reopenInputSchema, assessmentSchema),
  'certification.exportWorkbook': method(exportAssessmentInputSchema, fileOutputSchema),
} as const;
