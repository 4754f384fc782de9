import { z } from '../zod';
import { EARLIEST_DATE, EARLIEST_DATE_MESSAGE, isValidIsoDate } from '../domain/dates';


export const isoDateSchema = z
  .string()
  .refine(isValidIsoDate, { message: 'Bitte ein gültiges Datum angeben.' })
  .refine((value) => value >= EARLIEST_DATE, { message: EARLIEST_DATE_MESSAGE });

export const isoDateTimeSchema = z.iso.datetime();

export const idSchema = z.uuid({ message: 'Ungültige Kennung.' });

export const byIdSchema = z.object({ id: idSchema });

export const emptyInputSchema = z.object({}).strict();

/** A file the auditor picked, as base64 text with its display name (never a path); at most `megabytes` large. */
export function uploadedFileSchema(megabytes: number, tooLargeHint = '') {
  return z.object({
    fileName: z.string().trim().min(1).max(260),
    contentBase64: z
      .string()
      .min(1, { message: 'Die Datei ist leer.' })
      .max(Math.ceil((megabytes * 1024 * 1024) / 3) * 4, { message: `Die Datei ist größer als ${megabytes} MB.${tooLargeHint}` }),
  });
}

export function optionalText(max: number) {
  return z.string().trim().max(max, { message: `Höchstens ${max} Zeichen.` }).default('');
}

/**
 * The stored text a write replaces, as the writer last saw it (trimmed like the text itself). The
 * write is refused when the stored text has changed since; without it, the later writer wins.
 */
export function baseText(max: number) {
  return z.string().trim().max(max).optional();
}

/**
 * For forms: after converting typed text into contract shape, validate it with the contract
 * schema and report its issues on the same field paths.
 */
export function validatedBy<S extends z.ZodType>(schema: S) {
  return (value: unknown, ctx: z.RefinementCtx): z.output<S> => {
    const result = schema.safeParse(value);
    if (result.success) return result.data;
    for (const issue of result.error.issues) {
      ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
    }
    return z.NEVER;
  };
}

/** A file the backend hands out: its suggested name and its bytes. */
export const fileOutputSchema = z.object({ fileName: z.string(), contentBase64: z.string() });
export type FileOutput = z.infer<typeof fileOutputSchema>;
