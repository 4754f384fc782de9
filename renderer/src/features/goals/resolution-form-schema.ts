import { z } from '../../../../shared/zod';
import { goalsMethods } from '../../../../shared/contract';
import { formatGermanDate } from '../../../../shared/domain/dates';
import { parseRequiredGermanDate } from '../../../../shared/domain/german-dates';

/** The contract's field names where the form names them for what the user types. */
const FORM_FIELD_OF: Record<string, string> = { resolutionDate: 'date' };

const adoptInput = goalsMethods['goals.adopt'].input.omit({ caseId: true });
const correctionInput = goalsMethods['goals.correctResolution'].input.omit({ caseId: true });

/**
 * Turns a resolution form as typed (the date as TT.MM.JJJJ) into contract shape and checks it
 * with the contract's own schema, so that every problem shows at its field at once.
 */
function checkedByContract<Out>(contract: z.ZodType<Out>, dateMessage: string) {
  return ({ date: typed, ...rest }: { date: string; drucksache: string; reason?: string }, ctx: z.RefinementCtx): Out => {
    const date = parseRequiredGermanDate(typed, dateMessage);
    if (!date.ok) ctx.addIssue({ code: 'custom', path: ['date'], message: date.message });
    const result = contract.safeParse({ ...rest, resolutionDate: date.ok ? date.value : '' });
    if (!result.success) {
      for (const issue of result.error.issues) if (issue.path[0] !== 'resolutionDate') ctx.addIssue({ code: 'custom', path: [resolutionFieldOf(issue.path.join('.'))], message: issue.message });
    }
    return result.success && date.ok ? result.data : z.NEVER;
  };
}

export const adoptFormSchema = z.object({ date: z.string(), drucksache: z.string() }).transform(checkedByContract(adoptInput, 'Bitte das Datum des Beschlusses angeben.'));

/** A correction of the recorded resolution: the same fields and the reason for correcting them. */
export const correctionFormSchema = z.object({ date: z.string(), drucksache: z.string(), reason: z.string() }).transform(checkedByContract(correctionInput, 'Bitte das Beschlussdatum angeben.'));

export type AdoptFormValues = z.input<typeof adoptFormSchema>;
export type CorrectionFormValues = z.input<typeof correctionFormSchema>;

/** The form field for a path of the backend's issues (`resolutionDate` → `date`). */
export function resolutionFieldOf(path: string): 'date' | 'drucksache' | 'reason' {
  const name = FORM_FIELD_OF[path] ?? path;
  return name === 'drucksache' || name === 'reason' ? name : 'date';
}

export function correctionValuesOf(adopted: { resolutionDate: string; drucksache: string }): CorrectionFormValues {
  return { date: formatGermanDate(adopted.resolutionDate), drucksache: adopted.drucksache, reason: '' };
}
