import { z } from '../zod';
import { BUNDESLAND_CODES } from '../domain/bundeslaender';
import { AUDIT_ROUNDS, CASE_KINDS } from '../vocabulary/cases';
import { CRITERION_RATINGS, RECOMMENDATIONS } from '../vocabulary/certification';
import { idSchema, isoDateSchema, isoDateTimeSchema } from './common';

const text = (max: number) => z.string().max(max, { message: `Höchstens ${max} Zeichen.` });
const score = z.number().min(0, { message: 'Ein Wert liegt unter 0.' }).max(100, { message: 'Ein Wert liegt über 100.' });

const SIGNATURE_STATES = ['gueltig', 'ohne'] as const;
const KEY_TRUSTS = ['registriert', 'erstnutzung'] as const;
const CRITERION_CATEGORIES = ['inhaltlich', 'governance', 'formal'] as const;

/** What one assessment workbook says about its round, after its checksum and signature held: still checked like any input. */
export const submissionSchema = z.object({
  caseId: idSchema,
  exportedAt: isoDateTimeSchema,
  appVersion: z.string().min(1).max(40),
  catalogueId: z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/, { message: 'Keine gültige Katalog-ID.' }),
  catalogueVersion: z.number().int().min(1).max(100_000),
  catalogueName: text(200),
  checksumMethod: z.string(),
  checksum: z.string().regex(/^[0-9a-f]{64}$/),
  signature: z.object({ fingerprint: z.string().regex(/^[0-9a-f]{64}$/), publicKey: z.string().max(200) }).nullable(),
  register: z.object({
    municipalityName: text(200).min(1, { message: 'Der Name der Kommune fehlt.' }),
    ags: z.string().regex(/^\d{8}$/, { message: 'Der AGS hat nicht 8 Ziffern.' }),
    kind: z.enum(CASE_KINDS),
    landkreis: text(200),
    bundesland: z.enum(BUNDESLAND_CODES),
    population: z.number().int().min(0).max(50_000_000).nullable(),
    auditRound: z.enum(AUDIT_ROUNDS),
    auditor: text(200),
    resolutionDate: isoDateSchema.nullable(),
    drucksache: text(100),
    recommendation: z.enum(RECOMMENDATIONS),
    finalized: z.boolean(),
    finalizedAt: isoDateSchema.nullable(),
    certificateDate: isoDateSchema.nullable(),
    certificateValidUntil: isoDateSchema.nullable(),
    yearlyReportsExpected: z.number().int().min(0).max(20).nullable(),
    yearlyReports: z.array(z.object({ year: z.number().int().min(1).max(20), date: isoDateSchema })).max(20),
    overallScore: score.nullable(),
  }),
  fieldScores: z
    .array(z.object({ fieldId: text(80).min(1), code: text(20), name: text(200), score: score.nullable() }))
    .min(1, { message: 'Die Arbeitsmappe enthält keine Feldwerte.' })
    .max(50)
    .refine((fields) => new Set(fields.map((field) => field.fieldId)).size === fields.length, { message: 'Ein Feld kommt doppelt vor.' }),
  criteria: z
    .array(z.object({ id: text(120).min(1), category: z.enum(CRITERION_CATEGORIES), text: text(4000), rating: z.enum(CRITERION_RATINGS).nullable() }))
    .max(500)
    .refine((criteria) => new Set(criteria.map((criterion) => criterion.id)).size === criteria.length, { message: 'Ein Kriterium kommt doppelt vor.' }),
});
export type Submission = z.infer<typeof submissionSchema>;

const IMPORT_OUTCOMES = ['imported', 'unchanged', 'refused', 'cancelled'] as const;

export const importFileReportSchema = z.object({
  file: z.string(),
  outcome: z.enum(IMPORT_OUTCOMES),
  caseId: idSchema.nullable(),
  message: z.string(),
  /** The case has another submission with the same export time but different content. */
  conflict: z.boolean(),
});
export type ImportFileReport = z.infer<typeof importFileReportSchema>;

export const importReportSchema = z.object({
  files: z.array(importFileReportSchema),
  imported: z.number().int(),
  unchanged: z.number().int(),
  refused: z.number().int(),
  cancelled: z.number().int(),
});
export type ImportReport = z.infer<typeof importReportSchema>;

export const registerRowSchema = z.object({
  caseId: idSchema,
  municipalityName: z.string(),
  ags: z.string(),
  kind: z.enum(CASE_KINDS),
  landkreis: z.string(),
  bundesland: z.enum(BUNDESLAND_CODES),
  population: z.number().int().nullable(),
  populationClass: z.string(),
  catalogueId: z.string(),
  catalogueVersion: z.number().int(),
  catalogueName: z.string(),
  auditRound: z.enum(AUDIT_ROUNDS),
  auditor: z.string(),
  resolutionDate: isoDateSchema.nullable(),
  recommendation: z.enum(RECOMMENDATIONS),
  finalized: z.boolean(),
  certificateDate: isoDateSchema.nullable(),
  certificateValidUntil: isoDateSchema.nullable(),
  exportedAt: isoDateTimeSchema,
  lastReceivedAt: isoDateTimeSchema,
  submissions: z.number().int(),
  conflicts: z.number().int(),
  signature: z.enum(SIGNATURE_STATES),
  keyTrust: z.enum(KEY_TRUSTS).nullable(),
  expiresSoon: z.boolean(),
  expired: z.boolean(),
  overdueReportYears: z.array(z.number().int()),
  overallScore: z.number().nullable(),
  fieldScores: z.record(z.string(), z.number().nullable()),
});
export type RegisterRow = z.infer<typeof registerRowSchema>;

export const POOL_GROUPINGS = ['bundesland', 'groessenklasse', 'kind'] as const;
export type PoolGrouping = (typeof POOL_GROUPINGS)[number];
