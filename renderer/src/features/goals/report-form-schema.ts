import { z } from '../../../../shared/zod';
import { goalsMethods, type Agreement } from '../../../../shared/contract';
import { formatGermanDate } from '../../../../shared/domain/dates';
import { parseRequiredGermanDate } from '../../../../shared/domain/german-dates';
import { MEASURE_STATUSES } from '../../../../shared/vocabulary/goals';

const reportInput = goalsMethods['goals.saveReport'].input.omit({ caseId: true, year: true });

/**
 * A yearly report as typed (the date as TT.MM.JJJJ), turned into contract shape and checked by
 * the contract's own schema, so that every problem shows at its field at once.
 */
export const reportFormSchema = z
  .object({
    date: z.string(),
    comment: z.string(),
    entries: z.array(z.object({ measureId: z.string(), status: z.enum(MEASURE_STATUSES), comment: z.string() })),
  })
  .transform(({ date: typed, ...rest }, ctx) => {
    const date = parseRequiredGermanDate(typed, 'Bitte das Datum des Berichts angeben.');
    if (!date.ok) ctx.addIssue({ code: 'custom', path: ['date'], message: date.message });
    const result = reportInput.safeParse({ ...rest, reportDate: date.ok ? date.value : '' });
    if (!result.success) {
      for (const issue of result.error.issues) if (issue.path[0] !== 'reportDate') ctx.addIssue({ code: 'custom', path: issue.path.map(String), message: issue.message });
    }
    return result.success && date.ok ? result.data : z.NEVER;
  });

export type ReportFormValues = z.input<typeof reportFormSchema>;
export type ReportFormOutput = z.output<typeof reportFormSchema>;

/** The form field for a path of the backend's issues (`reportDate` → `date`, `entries.2.comment`). */
export function reportFieldOf(path: string): 'date' | 'comment' | `entries.${number}.comment` | null {
  if (path === 'reportDate') return 'date';
  if (path === 'comment') return 'comment';
  const entry = /^entries\.(\d+)\.comment$/.exec(path);
  return entry ? `entries.${Number(entry[1])}.comment` : null;
}

/** Every measure of the agreement, in the tree's order: the rows of the yearly report. */
export function measuresOf(data: Agreement) {
  return data.fields.flatMap((field) => field.strategicGoals.flatMap((strategic) => strategic.goals.flatMap((goal) => goal.measures)));
}

/** What the form shows for a year: its stored report, or each measure at its latest status. */
export function reportValuesOf(data: Agreement, year: number): ReportFormValues {
  const report = data.reports.find((candidate) => candidate.year === year);
  return {
    date: report ? formatGermanDate(report.reportDate) : '',
    comment: report?.comment ?? '',
    entries: measuresOf(data).map((measure) => {
      const entry = report?.entries.find((candidate) => candidate.measureId === measure.id);
      return { measureId: measure.id, status: entry?.status ?? measure.status, comment: entry?.comment ?? '' };
    }),
  };
}
