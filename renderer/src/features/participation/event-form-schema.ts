import { z } from '../../../../shared/zod';
import { eventInputSchema, type ParticipationEvent } from '../../../../shared/contract/participation';
import { formatGermanDate } from '../../../../shared/domain/dates';
import { parseGermanDate } from '../../../../shared/domain/german-dates';
import { formatGermanInteger, parseGermanInteger } from '../../../../shared/domain/german-numbers';
import { PARTICIPANT_GROUPS, type ParticipantGroup } from '../../../../shared/vocabulary/participation';

const countFields = Object.fromEntries(PARTICIPANT_GROUPS.map((group) => [group, z.string()])) as Record<ParticipantGroup, z.ZodString>;

/** An event as typed (the date as TT.MM.JJJJ, counts as German numbers), checked by the contract's own schema. */
export const eventFormSchema = z
  .object({
    formatId: z.string(),
    title: z.string(),
    date: z.string(),
    place: z.string(),
    moderation: z.string(),
    agenda: z.string(),
    participants: z.object(countFields),
    organisations: z.array(z.object({ organisation: z.string(), role: z.string() })),
    priorityFields: z.array(z.string()),
    protocol: z.string(),
  })
  .transform(({ date: typed, participants: typedCounts, ...rest }, ctx) => {
    const date = parseGermanDate(typed);
    if (!date.ok) ctx.addIssue({ code: 'custom', path: ['date'], message: date.message });
    const participants: Partial<Record<ParticipantGroup, number>> = {};
    for (const group of PARTICIPANT_GROUPS) {
      const count = parseGermanInteger(typedCounts[group]);
      if (Number.isNaN(count)) ctx.addIssue({ code: 'custom', path: ['participants', group], message: 'Bitte eine ganze Zahl, z. B. 25.' });
      else if (count !== null) participants[group] = count;
    }
    const result = eventInputSchema.safeParse({ ...rest, participants, heldOn: date.ok ? date.value : null });
    if (!result.success) {
      for (const issue of result.error.issues) ctx.addIssue({ code: 'custom', path: issue.path[0] === 'heldOn' ? ['date'] : issue.path.map(String), message: issue.message });
    }
    return result.success && date.ok ? result.data : z.NEVER;
  });

export type EventFormValues = z.input<typeof eventFormSchema>;
export type EventFormOutput = z.output<typeof eventFormSchema>;

const NO_ORGANISATION = { organisation: '', role: '' };
export { NO_ORGANISATION };

/** The stored event (or a new one of `formatId`) as the form shows it. */
export function eventValuesOf(event: ParticipationEvent | null, formatId = ''): EventFormValues {
  const count = (group: ParticipantGroup) => {
    const value = event?.participants[group];
    return value === undefined ? '' : formatGermanInteger(value);
  };
  return {
    formatId: event?.formatId ?? formatId,
    title: event?.title ?? '',
    date: event?.heldOn ? formatGermanDate(event.heldOn) : '',
    place: event?.place ?? '',
    moderation: event?.moderation ?? '',
    agenda: event?.agenda ?? '',
    participants: Object.fromEntries(PARTICIPANT_GROUPS.map((group) => [group, count(group)])) as Record<ParticipantGroup, string>,
    organisations: event?.organisations.length ? event.organisations : [NO_ORGANISATION],
    priorityFields: event?.priorityFields ?? [],
    protocol: event?.protocol ?? '',
  };
}

type EventField = 'date' | 'formatId' | 'title' | 'place' | 'moderation' | 'agenda' | 'protocol' | `participants.${ParticipantGroup}` | `organisations.${number}.${'organisation' | 'role'}`;

/** The form field for a path of the backend's issues (`event.heldOn` → `date`). */
export function eventFieldOf(path: string): EventField | null {
  const local = path.replace(/^event\./, '');
  if (local === 'heldOn') return 'date';
  if (['formatId', 'title', 'place', 'moderation', 'agenda', 'protocol'].includes(local)) return local as EventField;
  const count = /^participants\.(\w+)$/.exec(local);
  if (count && (PARTICIPANT_GROUPS as readonly string[]).includes(count[1]!)) return `participants.${count[1] as ParticipantGroup}`;
  const organisation = /^organisations\.(\d+)\.(organisation|role)$/.exec(local);
  return organisation ? `organisations.${Number(organisation[1])}.${organisation[2] as 'organisation' | 'role'}` : null;
}
