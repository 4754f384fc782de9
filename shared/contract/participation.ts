import { z } from '../zod';
import { MAX_PARTICIPANTS_PER_GROUP, MEMBER_GROUPS, PARTICIPANT_GROUPS } from '../vocabulary/participation';
import { idSchema, isoDateSchema, isoDateTimeSchema, optionalText } from './common';
import { method } from './method';

export const memberGroupSchema = z.enum(MEMBER_GROUPS);
export const participantGroupSchema = z.enum(PARTICIPANT_GROUPS);

const memberInputSchema = z
  .object({
    name: z.string().trim().min(1, { message: 'Bitte den Namen angeben.' }).max(200, { message: 'Höchstens 200 Zeichen.' }),
    group: memberGroupSchema,
    role: optionalText(200),
    contact: optionalText(300),
    from: isoDateSchema.nullable().default(null),
    until: isoDateSchema.nullable().default(null),
  })
  .refine((member) => !member.from || !member.until || member.until >= member.from, { path: ['until'], message: 'Das Ende der Mitgliedschaft liegt vor ihrem Beginn.' });

const participantCount = z
  .number()
  .int({ message: 'Bitte eine ganze Zahl.' })
  .min(0, { message: 'Die Zahl kann nicht negativ sein.' })
  .max(MAX_PARTICIPANTS_PER_GROUP, { message: 'Die Zahl ist unplausibel groß.' });

/** Participants by group; a group left out counted nobody. */
export const participantCountsSchema = z.partialRecord(participantGroupSchema, participantCount);
export type ParticipantCounts = z.infer<typeof participantCountsSchema>;

export const MAX_PROTOCOL_LENGTH = 50_000;

export const eventInputSchema = z.object({
  formatId: z.string().min(1, { message: 'Bitte das Format wählen.' }).max(80),
  title: optionalText(300),
  heldOn: isoDateSchema.nullable().default(null),
  place: optionalText(300),
  moderation: optionalText(300),
  agenda: optionalText(5000),
  participants: participantCountsSchema.default({}),
  organisations: z.array(z.object({ organisation: optionalText(200), role: optionalText(200) })).max(200).default([]),
  priorityFields: z.array(z.string().max(80)).max(20).default([]),
  /** Plain text: paragraphs split by blank lines, lists by lines beginning with "-" or "1.". */
  protocol: optionalText(MAX_PROTOCOL_LENGTH),
});

const memberSchema = z.object({
  id: idSchema,
  name: z.string(),
  group: memberGroupSchema,
  role: z.string(),
  contact: z.string(),
  from: isoDateSchema.nullable(),
  until: isoDateSchema.nullable(),
  updatedAt: isoDateTimeSchema,
});
export type ProjectMember = z.infer<typeof memberSchema>;

const eventSchema = z.object({
  id: idSchema,
  formatId: z.string(),
  /** The format's name, or the stored id where the catalogue no longer has it. */
  formatName: z.string(),
  phaseKey: z.string().nullable(),
  title: z.string(),
  heldOn: isoDateSchema.nullable(),
  place: z.string(),
  moderation: z.string(),
  agenda: z.string(),
  participants: participantCountsSchema,
  participantTotal: z.number().int(),
  organisations: z.array(z.object({ organisation: z.string(), role: z.string() })),
  priorityFields: z.array(z.string()),
  protocol: z.string(),
  /** Whether this event can be changed in the round's state, and why not. */
  lockReason: z.string().nullable(),
  updatedAt: isoDateTimeSchema,
});
export type ParticipationEvent = z.infer<typeof eventSchema>;

const formatSchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  phaseKey: z.string().nullable(),
  phaseName: z.string().nullable(),
  citizens: z.boolean(),
  required: z.boolean(),
  choosesPriorities: z.boolean(),
  eventCount: z.number().int(),
});

export const participationSchema = z.object({
  caseId: idSchema,
  /** Events of the phases up to the certificate can be changed (shared/domain/round-state.ts); why not when not. */
  lockReason: z.string().nullable(),
  /** The project group and the events after the certificate can be changed; why not when not. */
  networkLockReason: z.string().nullable(),
  fields: z.array(z.object({ id: z.string(), code: z.string(), name: z.string() })),
  formats: z.array(formatSchema),
  members: z.array(memberSchema),
  events: z.array(eventSchema),
  /** Required formats without an event. */
  missingFormats: z.array(z.string()),
});
export type Participation = z.infer<typeof participationSchema>;

const caseRef = { caseId: idSchema };
/** A save answers with the whole page and the id of the row it wrote. */
const savedSchema = participationSchema.extend({ savedId: idSchema });

/** The project group, the workshops and participation events of a round. */
export const participationMethods = {
  'participation.get': method(z.object(caseRef), participationSchema),
  'participation.saveMember': method(z.object({ ...caseRef, id: idSchema.nullable().default(null), member: memberInputSchema }), savedSchema),
  'participation.removeMember': method(z.object({ ...caseRef, id: idSchema }), participationSchema),
  'participation.saveEvent': method(
    z.object({ ...caseRef, id: idSchema.nullable().default(null), event: eventInputSchema, expectedUpdatedAt: isoDateTimeSchema.optional() }),
    savedSchema,
  ),
  'participation.removeEvent': method(z.object({ ...caseRef, id: idSchema }), participationSchema),
} as const;
