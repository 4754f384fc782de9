import { z } from '../../../../shared/zod';
import { goalsMethods, type Agreement } from '../../../../shared/contract';
import { formatGermanDate } from '../../../../shared/domain/dates';
import { parseGermanDate } from '../../../../shared/domain/german-dates';

const workshopInput = goalsMethods['goals.saveWorkshop'].input.omit({ caseId: true, kind: true });

/** A workshop as typed (the date as TT.MM.JJJJ, or none yet), checked by the contract's own schema. */
export const workshopFormSchema = z
  .object({
    date: z.string(),
    participants: z.array(z.object({ organisation: z.string(), role: z.string() })),
    priorityFields: z.array(z.string()),
  })
  .transform(({ date: typed, ...rest }, ctx) => {
    const date = parseGermanDate(typed);
    if (!date.ok) ctx.addIssue({ code: 'custom', path: ['date'], message: date.message });
    const result = workshopInput.safeParse({ ...rest, heldOn: date.ok ? date.value : null });
    if (!result.success) {
      for (const issue of result.error.issues) ctx.addIssue({ code: 'custom', path: issue.path[0] === 'heldOn' ? ['date'] : issue.path.map(String), message: issue.message });
    }
    return result.success && date.ok ? result.data : z.NEVER;
  });

export type WorkshopFormValues = z.input<typeof workshopFormSchema>;
export type WorkshopFormOutput = z.output<typeof workshopFormSchema>;

/** The form field for a path of the backend's issues (`heldOn` → `date`, `participants.0.role`). */
export function workshopFieldOf(path: string): 'date' | `participants.${number}.${'organisation' | 'role'}` | null {
  if (path === 'heldOn') return 'date';
  const participant = /^participants\.(\d+)\.(organisation|role)$/.exec(path);
  return participant ? `participants.${Number(participant[1])}.${participant[2] as 'organisation' | 'role'}` : null;
}

export const NO_PARTICIPANT = { organisation: '', role: '' };

/** The stored workshop of a kind, as the form shows it; one empty participant row to start with. */
export function workshopValuesOf(data: Agreement, kind: 'strategie' | 'zielvereinbarung'): WorkshopFormValues {
  const saved = data.workshops.find((workshop) => workshop.kind === kind);
  return {
    date: saved?.heldOn ? formatGermanDate(saved.heldOn) : '',
    participants: saved?.participants.length ? saved.participants : [NO_PARTICIPANT],
    priorityFields: saved?.priorityFields ?? [],
  };
}
