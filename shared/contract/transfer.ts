import { z } from '../zod';
import { fileOutputSchema, idSchema, isoDateTimeSchema, uploadedFileSchema } from './common';
import { UPLOAD_LIMITS_MB } from './limits';
import { method } from './method';

const transferFileInputSchema = uploadedFileSchema(UPLOAD_LIMITS_MB.transfer);

export const transferPreviewSchema = z.object({
  caseId: z.string(),
  municipalityName: z.string(),
  catalogue: z.string(),
  exportedAt: z.string(),
  appVersion: z.string(),
  rowCount: z.number().int(),
  historyCount: z.number().int(),
  /** Documents (Nachweise) and their bytes in all, each already verified against its hash. */
  documentCount: z.number().int(),
  documentBytes: z.number().int(),
  /** The name the case has here, when it exists already; then the auditor chooses copy or update. */
  existingName: z.string().nullable(),
});
export type TransferPreview = z.infer<typeof transferPreviewSchema>;

const transferImportInputSchema = transferFileInputSchema.extend({
  mode: z.enum(['new', 'copy', 'update']),
});

const transferImportResultSchema = z.object({
  caseId: idSchema,
  municipalityName: z.string(),
  /** The backup taken just before the case was written: the state to go back to if the import is regretted. */
  backupBefore: z.object({ id: z.string(), createdAt: isoDateTimeSchema }).nullable(),
});

/** Moving a case between laptops. */
export const transferMethods = {
  'transfer.exportCase': method(z.object({ caseId: idSchema }), fileOutputSchema),
  'transfer.previewCase': method(transferFileInputSchema, transferPreviewSchema),
  'transfer.importCase': method(transferImportInputSchema, transferImportResultSchema),
} as const;
