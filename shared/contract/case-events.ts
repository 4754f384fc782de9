import { z } from '../zod';
import { idSchema } from './common';

/**
 * Which part of a case a change wrote, named after the page that shows it. Pages that show data
 * derived from other parts listen to those areas too; `all` means the case as a whole was
 * replaced (a transfer import, the worked example, a permanent deletion).
 */
export const caseAreaSchema = z.enum(['case', 'questionnaire', 'scoring', 'goals', 'certification', 'participation', 'evidence', 'all']);
export type CaseArea = z.infer<typeof caseAreaSchema>;

/** Names the window a call came from, so that it can recognise the echo of its own writes. */
export const callOriginSchema = z.string().regex(/^[A-Za-z0-9-]{1,64}$/);

export const caseChangedSchema = z.object({
  caseId: idSchema.nullable(),
  area: caseAreaSchema,
  /** The window whose call made the change; null for callers that name none (the CLI, the worked example's inner steps). */
  origin: callOriginSchema.nullable(),
});
export type CaseChanged = z.infer<typeof caseChangedSchema>;
