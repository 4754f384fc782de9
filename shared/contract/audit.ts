import { z } from '../zod';
import { idSchema } from './common';

export const caseLogInputSchema = z.object({
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
  operation: z.enum(['insert', 'update', 'delete']),
  changes: z.array(z.object({ field: z.string(), before: z.unknown(), after: z.unknown() })),
  changedAt: z.string(),
  user: z.string(),
  /** Null when recorded on this machine; otherwise the transfer file the entry came with. */
  origin: z.string().nullable(),
  /** False when the stored values cannot be read; the entry is shown as unreadable instead of failing the log. */
  readable: z.boolean(),
});
export type ChangeEntry = z.infer<typeof changeEntrySchema>;

export const caseLogSchema = z.object({
  entries: z.array(changeEntrySchema),
  /** Pass as beforeSeq to read further back; null at the beginning of the history. */
  nextBeforeSeq: z.number().int().nullable(),
});
