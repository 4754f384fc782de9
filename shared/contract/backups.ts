import { BACKUP_KINDS } from '../backups/rotation';
import { UPLOAD_LIMITS_MB } from './limits';
import { z } from '../zod';
import { emptyInputSchema, fileOutputSchema, uploadedFileSchema } from './common';
import { method } from './method';

/** A backup as the UI sees it: an opaque id (never a path), why and when it was taken, its size. */
export const backupInfoSchema = z.object({
  id: z.string(),
  kind: z.enum(BACKUP_KINDS),
  createdAt: z.string(),
  sizeBytes: z.number().int().nonnegative(),
});
export type BackupInfo = z.infer<typeof backupInfoSchema>;

const backupIdSchema = z.string().regex(/^[0-9TZ_a-z-]+\.sqlite$/, { message: 'Unbekannte Sicherung.' }).max(80);

const restoreInputSchema = z.union([
  z.object({ backupId: backupIdSchema }),
  /** A backup file chosen by the auditor, e.g. from a USB stick. */
  uploadedFileSchema(UPLOAD_LIMITS_MB.backup, ' Größere Sicherungen bitte über die Kommandozeile wiederherstellen (backup restore).'),
]);

export const restoreResultSchema = z.object({
  restoredFrom: z.string(),
  caseCount: z.number().int().nonnegative(),
  /** The state just before the restore, kept as a backup of its own. */
  safetyBackup: backupInfoSchema,
});
export type RestoreResult = z.infer<typeof restoreResultSchema>;

/** Backups and restore. */
export const backupsMethods = {
  'backups.list': method(emptyInputSchema, z.array(backupInfoSchema)),
  'backups.create': method(emptyInputSchema, backupInfoSchema),
  'backups.read': method(z.object({ backupId: backupIdSchema }), fileOutputSchema),
  'backups.restore': method(restoreInputSchema, restoreResultSchema),
} as const;
