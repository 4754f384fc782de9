import { z } from '../zod';
import { fileOutputSchema, idSchema } from './common';
import { method } from './method';

/** The council's document (Strategiekonzept, Handlungskonzept) as a Word file. */
export const conceptMethods = {
  /** Writes the document from the case's data; each export is recorded as the case's next version. */
  'concept.export': method(z.object({ caseId: idSchema }), fileOutputSchema),
} as const;
