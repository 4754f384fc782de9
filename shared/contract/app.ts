import { z } from '../zod';

export const appInfoSchema = z.object({
  appName: z.string(),
  version: z.string(),
  dataDir: z.string(),
  schemaVersion: z.number().int(),
});
