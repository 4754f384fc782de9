import { z } from '../zod';
import { method } from './method';
import { emptyInputSchema, fileOutputSchema } from './common';

/** The app's own settings on this machine (not part of any case). */
export const settingsSchema = z.object({
  /** Who works with the app; the change log and the import log name this person. Null until given. */
  userName: z.string().nullable(),
});
export type Settings = z.infer<typeof settingsSchema>;

export const updateSettingsInputSchema = z.object({
  userName: z
    .string()
    .trim()
    .min(2, { message: 'Bitte Ihren Namen angeben (mindestens 2 Zeichen).' })
    .max(120, { message: 'Der Name darf höchstens 120 Zeichen lang sein.' }),
});

/** The app’s settings on this machine. */
export const settingsMethods = {
  'settings.get': method(emptyInputSchema, settingsSchema),
  'settings.update': method(updateSettingsInputSchema, settingsSchema),
  /** The installation's public signing key as a file for the association to register. */
  'settings.publicKey': method(emptyInputSchema, fileOutputSchema),
} as const;
