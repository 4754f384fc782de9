import { z } from '../zod';
import { method } from './method';
import { emptyInputSchema } from './common';

const appInfoSchema = z.object({
  appName: z.string(),
  version: z.string(),
  dataDir: z.string(),
  schemaVersion: z.number().int(),
});

/** The app itself. */
export const appMethods = {
  'app.info': method(emptyInputSchema, appInfoSchema),
} as const;
