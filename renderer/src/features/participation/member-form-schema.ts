import { z } from '../../../../shared/zod';
import { participationMethods, type ProjectMember } from '../../../../shared/contract/participation';
import { formatGermanDate } from '../../../../shared/domain/dates';
import { parseGermanDate } from '../../../../shared/domain/german-dates';
import { MEMBER_GROUPS } from '../../../../shared/vocabulary/participation';

const memberInput = participationMethods['participation.saveMember'].input.shape.member;

/** A member of the project group as typed, checked by the contract's own schema. */
export const memberFormSchema = z
  .object({ name: z.string(), group: z.enum(MEMBER_GROUPS), role: z.string(), contact: z.string(), from: z.string(), until: z.string() })
  .transform(({ from: typedFrom, until: typedUntil, ...rest }, ctx) => {
    const from = parseGermanDate(typedFrom);
    const until = parseGermanDate(typedUntil);
    if (!from.ok) ctx.addIssue({ code: 'custom', path: ['from'], message: from.message });
    if (!until.ok) ctx.addIssue({ code: 'custom', path: ['until'], message: until.message });
    const result = memberInput.safeParse({ ...rest, from: from.ok ? from.value : null, until: until.ok ? until.value : null });
    if (!result.success) for (const issue of result.error.issues) ctx.addIssue({ code: 'custom', path: issue.path.map(String), message: issue.message });
    return result.success && from.ok && until.ok ? result.data : z.NEVER;
  });

export type MemberFormValues = z.input<typeof memberFormSchema>;
export type MemberFormOutput = z.output<typeof memberFormSchema>;

export const NEW_MEMBER: MemberFormValues = { name: '', group: 'verwaltung', role: '', contact: '', from: '', until: '' };

export function memberValuesOf(member: ProjectMember): MemberFormValues {
  return {
    name: member.name,
    group: member.group,
    role: member.role,
    contact: member.contact,
    from: member.from ? formatGermanDate(member.from) : '',
    until: member.until ? formatGermanDate(member.until) : '',
  };
}

/** The form field for a path of the backend's issues (`member.until` → `until`). */
export function memberFieldOf(path: string): keyof MemberFormValues | null {
  const local = path.replace(/^member\./, '');
  return ['name', 'group', 'role', 'contact', 'from', 'until'].includes(local) ? (local as keyof MemberFormValues) : null;
}
