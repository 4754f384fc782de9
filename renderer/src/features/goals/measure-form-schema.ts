import { z } from '../../../../shared/zod';
import { measureInputSchema, type MeasureOutput } from '../../../../shared/contract';
import { formatGermanMonth, parseGermanMonth } from '../../../../shared/domain/german-dates';
import { formatGermanDecimal, parseGermanDecimal } from '../../../../shared/domain/german-numbers';
import { PRIORITIES } from '../../../../shared/vocabulary/goals';

/** The contract's field names where the form names them for what the user types. */
const FORM_FIELD_OF = { startMonth: 'start', endMonth: 'end' } as const;

/**
 * The measure form holds what the user typed (months as MM/JJJJ, the budget in German notation).
 * One conversion turns it into contract shape, which the backend's own schema then checks, so
 * every problem is reported at its field at once (the pattern of case-form-schema.ts).
 */
export const measureFormSchema = z
  .object({
    title: z.string(),
    description: z.string(),
    responsibleUnit: z.string(),
    responsiblePerson: z.string(),
    start: z.string(),
    end: z.string(),
    budget: z.string(),
    budgetNote: z.string(),
    priority: z.enum(PRIORITIES),
    linkedItemId: z.string(),
    linkedQuestionId: z.string(),
  })
  .transform((form, ctx) => {
    const start = parseGermanMonth(form.start);
    const end = parseGermanMonth(form.end);
    const budget = parseGermanDecimal(form.budget);
    if (!start.ok) ctx.addIssue({ code: 'custom', path: ['start'], message: start.message });
    if (!end.ok) ctx.addIssue({ code: 'custom', path: ['end'], message: end.message });
    const unreadableBudget = budget !== null && Number.isNaN(budget);
    if (unreadableBudget) ctx.addIssue({ code: 'custom', path: ['budget'], message: 'Bitte einen Betrag eingeben, z. B. 12.500,00.' });
    const candidate = {
      ...form,
      startMonth: start.ok ? start.value : null,
      endMonth: end.ok ? end.value : null,
      budget: unreadableBudget ? null : budget,
      linkedItemId: form.linkedItemId || null,
      linkedQuestionId: form.linkedQuestionId || null,
    };
    const result = measureInputSchema.safeParse(candidate);
    if (result.success) return result.data;
    for (const issue of result.error.issues) ctx.addIssue({ code: 'custom', path: [formFieldOf(issue.path.join('.')) ?? 'title'], message: issue.message });
    return z.NEVER;
  });

export type MeasureFormValues = z.input<typeof measureFormSchema>;
export type MeasureFormOutput = z.output<typeof measureFormSchema>;

/** A field of the form for a path of the backend's issues (`measure.endMonth` → `end`). */
export function formFieldOf(path: string): keyof MeasureFormValues | null {
  const last = path.split('.').pop() ?? '';
  const name = Object.hasOwn(FORM_FIELD_OF, last) ? FORM_FIELD_OF[last as keyof typeof FORM_FIELD_OF] : last;
  return Object.hasOwn(EMPTY_MEASURE_FORM, name) ? (name as keyof MeasureFormValues) : null;
}

const EMPTY_MEASURE_FORM: MeasureFormValues = {
  title: '',
  description: '',
  responsibleUnit: '',
  responsiblePerson: '',
  start: '',
  end: '',
  budget: '',
  budgetNote: '',
  priority: 'mittel',
  linkedItemId: '',
  linkedQuestionId: '',
};

export function measureFormValuesOf(measure: MeasureOutput | null): MeasureFormValues {
  if (!measure) return EMPTY_MEASURE_FORM;
  return {
    title: measure.title,
    description: measure.description,
    responsibleUnit: measure.responsibleUnit,
    responsiblePerson: measure.responsiblePerson,
    start: formatGermanMonth(measure.startMonth),
    end: formatGermanMonth(measure.endMonth),
    budget: measure.budget === null ? '' : formatGermanDecimal(measure.budget, 2),
    budgetNote: measure.budgetNote,
    priority: measure.priority,
    linkedItemId: measure.linkedItemId ?? '',
    linkedQuestionId: measure.linkedQuestionId ?? '',
  };
}
