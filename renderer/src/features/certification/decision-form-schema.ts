import { z } from '../../../../shared/zod';
import { certificationMethods, type Assessment } from '../../../../shared/contract';
import { RECOMMENDATIONS } from '../../../../shared/certification/recommendation';
import { formatGermanDate } from '../../../../shared/domain/dates';
import { parseGermanDate } from '../../../../shared/domain/german-dates';

const decideInput = certificationMethods['certification.decide'].input;
const reopenInput = certificationMethods['certification.reopen'].input;

const decisionFormShape = z.object({
  overriding: z.boolean(),
  recommendation: z.enum(RECOMMENDATIONS),
  reason: z.string(),
  conditions: z.string(),
  certificateDate: z.string(),
});

/** The form field for a path of the backend's issues (`override.reason` → `reason`, `conditions.2` → `conditions`). */
export function decisionFieldOf(path: string): 'reason' | 'recommendation' | 'conditions' | 'certificateDate' | null {
  if (path === 'override.reason') return 'reason';
  if (path === 'override.recommendation') return 'recommendation';
  if (path === 'conditions' || path.startsWith('conditions.')) return 'conditions';
  return path === 'certificateDate' ? 'certificateDate' : null;
}

/**
 * The decision as typed (conditions one per line, the date as TT.MM.JJJJ or none yet), turned
 * into the contract's input for this case and checked by the contract's own schema, so that every
 * problem shows at its field at once.
 */
export function decisionFormSchema(caseId: string) {
  return decisionFormShape.transform(({ overriding, recommendation, reason, conditions, certificateDate: typed }, ctx) => {
    const date = parseGermanDate(typed);
    const result = decideInput.safeParse({
      caseId,
      override: overriding ? { recommendation, reason } : null,
      conditions: conditions.split('\n').map((line) => line.trim()).filter(Boolean),
      certificateDate: date.ok ? date.value : null,
    });
    if (!result.success) {
      for (const issue of result.error.issues) {
        const field = decisionFieldOf(issue.path.join('.'));
        if (field && field !== 'certificateDate') ctx.addIssue({ code: 'custom', path: [field], message: issue.message });
      }
    }
    if (!date.ok) ctx.addIssue({ code: 'custom', path: ['certificateDate'], message: date.message });
    return result.success && date.ok ? result.data : z.NEVER;
  });
}

export type DecisionFormValues = z.input<typeof decisionFormShape>;
export type DecisionFormOutput = z.output<ReturnType<typeof decisionFormSchema>>;

/** The stored decision as the form shows it; without an override the computed recommendation is preselected. */
export function decisionValuesOf(data: Assessment): DecisionFormValues {
  return {
    overriding: data.override !== null,
    recommendation: data.override?.recommendation ?? data.computed.recommendation,
    reason: data.override?.reason ?? '',
    conditions: data.conditions.join('\n'),
    certificateDate: data.certificate ? formatGermanDate(data.certificate.date) : '',
  };
}

/** The reason for reopening a finalised assessment, checked by the contract's own schema. */
export function reopenFormSchema(caseId: string) {
  return z.object({ reason: z.string() }).transform(({ reason }, ctx) => {
    const result = reopenInput.safeParse({ caseId, reason });
    if (!result.success) for (const issue of result.error.issues) ctx.addIssue({ code: 'custom', path: ['reason'], message: issue.message });
    return result.success ? result.data : z.NEVER;
  });
}

export type ReopenFormOutput = z.output<ReturnType<typeof reopenFormSchema>>;
