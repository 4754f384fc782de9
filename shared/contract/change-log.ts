import { z } from '../zod';
import { idSchema } from './common';
import { method } from './method';

const caseLogInputSchema = z.object({
  caseId: idSchema,
  /** Entries older than this sequence number; the newest when absent. */
  beforeSeq: z.number().int().positive().optional(),
  limit: z.number().int().min(1).max(500).default(100),
});

export const changeEntrySchema = z.object({
  seq: z.number().int(),
  tableName: z.string(),
  tableLabel: z.string(),
  rowKey: z.string(),
  /** What the entry's row is, by name ("1.1.2 Jährlicher Familienbericht"); null where it has none. */
  subject: z.string().nullable(),
  operation: z.enum(['insert', 'update', 'delete']),
  /** Each changed column with its German label and both values as the auditor reads them. */
  changes: z.array(z.object({ field: z.string(), label: z.string(), before: z.string(), after: z.string() })),
  changedAt: z.string(),
  user: z.string(),
  /** Null when recorded on this machine; otherwise the transfer file the entry came with. */
  origin: z.string().nullable(),
  /** False when the stored values cannot be read; the entry is shown as unreadable instead of failing the log. */
  readable: z.boolean(),
});
export type ChangeEntry = z.infer<typeof changeEntrySchema>;

const caseLogSchema = z.object({
  entries: z.array(changeEntrySchema),
  /** Pass as beforeSeq to read further back; null at the beginning of the history. */
  nextBeforeSeq: z.number().int().nullable(),
});

/** The change log. */
export const changeLogMethods = {
  'changeLog.caseLog': method(caseLogInputSchema, caseLogSchema),
} as const;
