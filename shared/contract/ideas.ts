import { z } from '../zod';
import { MANUAL_IDEA_STATUSES } from '../participation/ideas';
import { IDEA_STATUSES, MAX_VOTES } from '../vocabulary/participation';
import { idSchema, isoDateSchema, isoDateTimeSchema, optionalText, uploadedFileSchema } from './common';
import { UPLOAD_LIMITS_MB } from './limits';
import { method } from './method';
import { participantGroupSchema } from './participation';
import { amendmentInputSchema } from './goals';

export const MAX_IDEA_LENGTH = 2000;

const ideaText = z.string().trim().min(1, { message: 'Bitte die Idee eingeben.' }).max(MAX_IDEA_LENGTH, { message: `Höchstens ${MAX_IDEA_LENGTH} Zeichen.` });

const ideaInputSchema = z.object({
  text: ideaText,
  fieldId: z.string().min(1, { message: 'Bitte das Feld wählen.' }).max(80),
  eventId: idSchema.nullable().default(null),
  /** Who contributed it, by group; no personal names are needed. */
  group: participantGroupSchema.nullable().default(null),
  cluster: optionalText(120),
  votes: z.number().int().min(0, { message: 'Punkte können nicht negativ sein.' }).max(MAX_VOTES).default(0),
});

const ideaSchema = z.object({
  id: idSchema,
  text: z.string(),
  fieldId: z.string(),
  eventId: idSchema.nullable(),
  group: participantGroupSchema.nullable(),
  cluster: z.string(),
  status: z.enum(IDEA_STATUSES),
  statusReason: z.string(),
  votes: z.number().int(),
  measureId: idSchema.nullable(),
  /** The measure's number and title, as the goal agreement shows it. */
  measureLabel: z.string().nullable(),
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
});
export type Idea = z.infer<typeof ideaSchema>;

export const ideaStoreSchema = z.object({
  caseId: idSchema,
  /** Why the ideas cannot be changed in the round's state; null when they can. */
  lockReason: z.string().nullable(),
  fields: z.array(z.object({ id: z.string(), code: z.string(), name: z.string() })),
  events: z.array(z.object({ id: idSchema, label: z.string(), heldOn: isoDateSchema.nullable() })),
  ideas: z.array(ideaSchema),
  totals: z.object({ ideas: z.number().int(), votes: z.number().int(), byField: z.record(z.string(), z.object({ ideas: z.number().int(), votes: z.number().int() })) }),
});
export type IdeaStore = z.infer<typeof ideaStoreSchema>;

const columnName = z.string().trim().max(200);
const ideaColumnMapSchema = z.object({
  text: columnName.min(1, { message: 'Bitte die Spalte mit dem Text wählen.' }),
  field: columnName.min(1, { message: 'Bitte die Spalte mit dem Feld wählen.' }),
  group: columnName.optional(),
  votes: columnName.optional(),
});

const ideaImportInputSchema = uploadedFileSchema(UPLOAD_LIMITS_MB.workbook).extend({
  caseId: idSchema,
  /** Null in a first preview: the columns are guessed from the headers. */
  map: ideaColumnMapSchema.nullable().default(null),
  /** The event the contributions came from, if any. */
  eventId: idSchema.nullable().default(null),
});

export const ideaImportPreviewSchema = z.object({
  fileName: z.string(),
  format: z.enum(['csv', 'xlsx']).nullable(),
  encoding: z.string().nullable(),
  separator: z.string().nullable(),
  headers: z.array(z.string()),
  /** The first rows as they are in the file, for the auditor to recognise the columns. */
  sample: z.array(z.array(z.string())),
  rowCount: z.number().int(),
  map: ideaColumnMapSchema.nullable(),
  ideaCount: z.number().int(),
  byField: z.record(z.string(), z.number().int()),
  /** The first problems by row; problemCount counts them all. */
  problems: z.array(z.object({ row: z.number().int().nullable(), column: z.string().nullable(), value: z.string().nullable(), message: z.string() })),
  problemCount: z.number().int(),
  /** Why the file cannot be read at all; null when it can. */
  refusal: z.string().nullable(),
});
export type IdeaImportPreview = z.infer<typeof ideaImportPreviewSchema>;

const statusCounts = z.object(Object.fromEntries(IDEA_STATUSES.map((status) => [status, z.number().int()])) as Record<(typeof IDEA_STATUSES)[number], z.ZodNumber>);
const participationSummarySchema = z.object({
  events: z.number().int(),
  eventsHeld: z.number().int(),
  citizenEventsHeld: z.number().int(),
  participants: z.record(z.string(), z.number().int()),
  ideas: z.number().int(),
  ideasByField: z.record(z.string(), statusCounts.extend({ total: z.number().int() })),
  ideasByStatus: statusCounts,
  measures: z.number().int(),
  measuresFromParticipation: z.number().int(),
  shareFromParticipation: z.number(),
});

const caseRef = { caseId: idSchema };
const savedSchema = ideaStoreSchema.extend({ savedId: idSchema });

/** The Ideenspeicher: ideas from workshops and surveys, their dots, status and the measure they became. */
export const ideasMethods = {
  'participation.ideas': method(z.object(caseRef), ideaStoreSchema),
  'participation.addIdea': method(z.object({ ...caseRef, idea: ideaInputSchema }), savedSchema),
  'participation.updateIdea': method(z.object({ ...caseRef, id: idSchema, idea: ideaInputSchema.omit({ votes: true }) }), ideaStoreSchema),
  'participation.vote': method(z.object({ ...caseRef, id: idSchema, delta: z.union([z.literal(1), z.literal(-1)]) }), ideaStoreSchema),
  'participation.setIdeaStatus': method(z.object({ ...caseRef, id: idSchema, status: z.enum(MANUAL_IDEA_STATUSES), reason: optionalText(1000) }), ideaStoreSchema),
  'participation.linkIdea': method(z.object({ ...caseRef, id: idSchema, measureId: idSchema.nullable() }), ideaStoreSchema),
  'participation.removeIdea': method(z.object({ ...caseRef, id: idSchema }), ideaStoreSchema),
  /** Events, participants by group, ideas by field and status, and the share of measures that came from participation. */
  'participation.summary': method(z.object(caseRef), participationSummarySchema),
  'participation.previewIdeaImport': method(ideaImportInputSchema, ideaImportPreviewSchema),
  /** All or nothing: any problem in the table refuses the whole import. */
  'participation.applyIdeaImport': method(ideaImportInputSchema.extend({ map: ideaColumnMapSchema }), ideaStoreSchema.extend({ imported: z.number().int() })),
  /** A new measure under `goalId`, prefilled from the idea and linked to it; after the resolution with the amendment's date and reason. */
  'participation.ideaToMeasure': method(z.object({ ...caseRef, id: idSchema, goalId: idSchema, amendment: amendmentInputSchema }), ideaStoreSchema.extend({ measureId: idSchema })),
} as const;
