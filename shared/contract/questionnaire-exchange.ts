import { z } from '../zod';
import { fileOutputSchema, idSchema } from './common';
import { base64Length, MEGABYTE, UPLOAD_LIMITS_MB } from './limits';
import { answerSourceSchema, answerValueSchema, questionnaireSchema, saveAnswerInputSchema, saveAnswerOutputSchema } from './questionnaire';

/** Files cross every transport as base64 text inside JSON. */
/** An empty file is let through, so that the import can explain it in its own report. */
const fileInputSchema = z.object({
  caseId: idSchema,
  fileName: z.string().trim().min(1).max(260),
  contentBase64: z.string().max(base64Length(UPLOAD_LIMITS_MB.workbook * MEGABYTE), { message: `Die Datei ist größer als ${UPLOAD_LIMITS_MB.workbook} MB.` }),
});

export {  type FileOutput } from './common';
import { method } from './method';

export const importProblemSchema = z.object({
  sheet: z.string(),
  /** The workbook row; null when the problem concerns a whole sheet. */
  row: z.number().int().nullable(),
  questionId: z.string().nullable(),
  /** The question's text, when the row names a question of this case. */
  questionText: z.string().nullable(),
  /** What the cell held, as a person reads it; null for a problem of a whole sheet. */
  value: z.string().nullable(),
  message: z.string(),
});
export type ImportProblem = z.infer<typeof importProblemSchema>;

const answerStateSchema = z.object({ value: answerValueSchema.nullable(), referenceDate: z.string().nullable(), comment: z.string() });

const importEntrySchema = z.object({
  questionId: z.string(),
  questionText: z.string(),
  sheet: z.string(),
  row: z.number().int(),
  status: z.enum(['new', 'changed', 'unchanged', 'conflict']),
  before: answerStateSchema.extend({ source: answerSourceSchema }).nullable(),
  after: answerStateSchema,
});

export const importReportSchema = z.object({
  fileName: z.string(),
  /** Why the whole file was refused; null when it could be read. */
  refusal: z.string().nullable(),
  entries: z.array(importEntrySchema),
  errors: z.array(importProblemSchema),
  /**
   * Whether the valid rows can be applied while the rows with errors are skipped: true when
   * there are errors and each concerns a single row (not a whole sheet).
   */
  canSkipInvalid: z.boolean(),
  counts: z.object({ new: z.number().int(), changed: z.number().int(), unchanged: z.number().int(), conflicts: z.number().int() }),
});
export type ImportReport = z.infer<typeof importReportSchema>;

const applyImportInputSchema = fileInputSchema.extend({
  /** Which conflicts (answers the auditor entered) the workbook may overwrite. */
  overwrite: z.union([z.literal('all'), z.literal('none'), z.array(z.string().max(80)).max(2000)]).default('none'),
  /** Apply the valid rows and skip the rows with errors; otherwise (the default) any error means nothing is applied. */
  skipInvalid: z.boolean().default(false),
});

export const applyImportResultSchema = importReportSchema.extend({
  written: z.boolean(),
  applied: z.number().int(),
  skippedConflicts: z.array(z.string()),
  /** The rows with errors left out because `skipInvalid` was chosen; empty otherwise. */
  skippedRows: z.array(importProblemSchema),
  importId: idSchema.nullable(),
});
export type ApplyImportResult = z.infer<typeof applyImportResultSchema>;

/** What an exported template was prefilled with, by question id, as stored with the export. */
export const exportedAnswersSchema = z.record(
  z.string().max(80),
  z.object({ value: answerValueSchema.nullable(), referenceDate: z.string().nullable(), comment: z.string().max(5000) }),
);

/** The questionnaire and its Excel round trip with the Rathaus. */
export const questionnaireMethods = {
  'questionnaire.get': method(z.object({ caseId: idSchema }), questionnaireSchema),
  'questionnaire.saveAnswer': method(saveAnswerInputSchema, saveAnswerOutputSchema),
  'questionnaire.exportTemplate': method(z.object({ caseId: idSchema }), fileOutputSchema),
  'questionnaire.previewImport': method(fileInputSchema, importReportSchema),
  'questionnaire.applyImport': method(applyImportInputSchema, applyImportResultSchema),
} as const;
