import { z } from '../zod';
import { isValidIsoDate } from '../domain/dates';
import { isXmlSafe, XML_UNSAFE_MESSAGE } from '../domain/xml-safe-text';
import { FORMAL_CHECK_IDS } from '../certification/formal-check-ids';
import { CASE_FIELD_KEYS } from '../questionnaire/case-field-keys';
import { terminologySchema } from './terminology';
import { conceptOutlineSchema } from './concept-outline';

/** Stable identifiers: lower case, digits, dashes and dots; never reused for another meaning. */
export const stableIdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9.-]*$/, { message: 'Kennungen bestehen aus Kleinbuchstaben, Ziffern, Punkt und Bindestrich.' })
  .max(80);

/** Optional catalogue texts: trimmed, bounded, and storable in every output format. */
const optionalText = (max: number) => z.string().trim().max(max).refine(isXmlSafe, { message: XML_UNSAFE_MESSAGE });
const text = (max: number) => z.string().trim().min(1).max(max).refine(isXmlSafe, { message: XML_UNSAFE_MESSAGE });

const questionBase = {
  id: stableIdSchema,
  text: text(500),
  help: optionalText(2000).optional(),
  required: z.boolean().default(false),
  /** The question repeats a fact of the case; its answer is pre-filled from the case data. */
  caseField: z.enum(CASE_FIELD_KEYS).optional(),
};

const optionSchema = z.object({ id: stableIdSchema, label: text(200) });
/** A choice of several; an exclusive option ("Keine") stands alone. */
const multipleOptionSchema = optionSchema.extend({ exclusive: z.boolean().optional() });

const numericLimits = {
  min: z.number().optional(),
  max: z.number().optional(),
  /** Decimal places accepted; 0 means whole numbers only. */
  decimals: z.number().int().min(0).max(4).default(0),
};

export const questionSchema = z.discriminatedUnion('type', [
  z.object({
    ...questionBase,
    type: z.literal('number'),
    unit: optionalText(40).optional(),
    /** The figure is counted at a reference date (Stichtag), asked together with it. */
    stichtag: z.boolean().default(false),
    ...numericLimits,
  }),
  z.object({ ...questionBase, type: z.literal('percent'), stichtag: z.boolean().default(false), ...numericLimits }),
  z.object({ ...questionBase, type: z.literal('currency'), stichtag: z.boolean().default(false), ...numericLimits }),
  z.object({ ...questionBase, type: z.literal('yesPartlyNo') }),
  z.object({ ...questionBase, type: z.literal('singleChoice'), options: z.array(optionSchema).min(2) }),
  z.object({
    ...questionBase,
    type: z.literal('multipleChoice'),
    options: z.array(multipleOptionSchema).min(2),
    minSelected: z.number().int().min(0).optional(),
    maxSelected: z.number().int().min(1).optional(),
  }),
  z.object({ ...questionBase, type: z.literal('shortText'), maxLength: z.number().int().min(1).max(500).default(200) }),
  z.object({ ...questionBase, type: z.literal('longText'), maxLength: z.number().int().min(1).max(20_000).default(5000) }),
  z.object({
    ...questionBase,
    type: z.literal('date'),
    min: z.string().refine(isValidIsoDate).optional(),
    max: z.string().refine(isValidIsoDate).optional(),
  }),
]);
export type Question = z.infer<typeof questionSchema>;

export const sectionSchema = z
  .object({
    id: stableIdSchema,
    title: text(200),
    /** A section belongs to exactly one field, or to one optional module. */
    fieldId: stableIdSchema.optional(),
    moduleId: stableIdSchema.optional(),
    questions: z.array(questionSchema).min(1),
  })
  .refine((section) => (section.fieldId === undefined) !== (section.moduleId === undefined), {
    message: 'Ein Abschnitt gehört entweder zu einem Feld (fieldId) oder zu einem Modul (moduleId).',
  });
export type Section = z.infer<typeof sectionSchema>;

export const scaleSchema = z.object({
  min: z.number().int(),
  max: z.number().int(),
  labels: z.array(z.object({ value: z.number().int(), label: text(100) })).min(2),
  notRatableLabel: text(100).default('nicht bewertbar'),
});
export type Scale = z.infer<typeof scaleSchema>;

/** A workshop or participation format of the procedure, e.g. a Zukunftswerkstatt. */
export const participationFormatSchema = z.object({
  id: stableIdSchema,
  name: text(200),
  description: optionalText(2000).default(''),
  /** The phase its events belong to; none for a format held at any time. */
  phase: stableIdSchema.optional(),
  /** Citizens take part (the Beteiligung the formal check asks for). */
  citizens: z.boolean().default(false),
  /** The procedure requires at least one event of this format; a round without one is warned. */
  required: z.boolean().default(false),
  /** Its events choose the fields the round concentrates on (Schwerpunktfelder). */
  choosesPriorities: z.boolean().default(false),
});
export type ParticipationFormat = z.infer<typeof participationFormatSchema>;

export const MAX_YEARLY_REPORTS = 10;

/** What format 1 and format 2 share; format 2 adds the participation formats and the number of yearly reports. */
const catalogueContentSchema = z.object({
  id: stableIdSchema,
  version: z.number().int().min(1),
  name: text(200),
  description: optionalText(5000).default(''),
  publisher: optionalText(200).default(''),
  /** What the catalogue calls its fields in the UI, e.g. "Handlungsfeld" or "Themenfeld". */
  fieldLabel: text(60),
  /** The procedure's own words for its steps and roles (terminology.ts); the audit's where none is given. */
  terminology: terminologySchema.optional(),
  fields: z.array(z.object({ id: stableIdSchema, code: text(20), name: text(200), description: optionalText(2000).default('') })).min(1),
  modules: z.array(z.object({ id: stableIdSchema, name: text(200), description: optionalText(2000).default('') })).default([]),
  phases: z
    .array(z.object({ key: stableIdSchema, name: text(200), description: optionalText(2000).default(''), maxMonths: z.number().int().min(1).optional() }))
    .min(1),
  auditSpan: z.object({ fromPhase: stableIdSchema, toPhase: stableIdSchema, maxMonths: z.number().int().min(1) }),
  certificate: z.object({ phase: stableIdSchema, validYears: z.number().int().min(1) }),
  /** The phases whose actual dates follow the recorded facts: the council resolution, the yearly reports, the next round. */
  milestones: z.object({ resolutionPhase: stableIdSchema, reportsPhase: stableIdSchema, reauditPhase: stableIdSchema.optional() }).optional(),
  questionnaire: z.object({ sections: z.array(sectionSchema).min(1) }),
  scoring: z.object({
    scale: scaleSchema,
    fields: z
      .array(
        z.object({
          fieldId: stableIdSchema,
          /** Overrides the catalogue's scale for this field. */
          scale: scaleSchema.optional(),
          criteria: z.array(z.object({ id: stableIdSchema, text: text(500), help: optionalText(2000).optional(), weight: z.number().min(0).max(100) })).min(1),
        }),
      )
      .min(1),
  }),
  certification: z.object({
    criteria: z
      .array(
        z.object({
          id: stableIdSchema,
          category: z.enum(['inhaltlich', 'governance', 'formal']),
          text: text(500),
          help: optionalText(2000).optional(),
          /** The computed formal checks that decide this criterion; its rating is proposed from them. */
          checks: z.array(z.enum(FORMAL_CHECK_IDS)).min(1).optional(),
        }),
      )
      .min(1),
  }),
});

/** The first file format: no participation formats, three yearly reports. Still read (catalogue-format.ts). */
export const catalogueFormat1Schema = catalogueContentSchema.extend({
  /** Version of this file format, not of the catalogue's content. */
  formatVersion: z.literal(1),
});
export type CatalogueFormat1 = z.infer<typeof catalogueFormat1Schema>;

export const catalogueSchema = catalogueContentSchema.extend({
  formatVersion: z.literal(2),
  participation: z.object({ formats: z.array(participationFormatSchema).max(50) }),
  /** The implementation phase after the certificate: one yearly report per year. */
  implementation: z.object({ yearlyReports: z.number().int().min(1).max(MAX_YEARLY_REPORTS) }),
  /** The document the council adopts (Strategiekonzept, Handlungskonzept); concept-outline.ts has the shipped procedures' defaults. */
  concept: conceptOutlineSchema.optional(),
});
export type Catalogue = z.infer<typeof catalogueSchema>;
