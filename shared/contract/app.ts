import { z } from 'zod';

export const appInfoSchema = z.object({
  appName: z.string(),
  version: z.string(),
  dataDir: z.string(),
  schemaVersion: z.number().int(),
});

export const procedureSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  phases: z.array(z.object({ key: z.string(), name: z.string(), maxMonths: z.number().int().nullable() })),
});
export type ProcedureSummary = z.infer<typeof procedureSummarySchema>;
