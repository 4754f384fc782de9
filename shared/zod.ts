import { z } from 'zod';

const german = z.locales.de();

/** The German locale still names types the programmer's way ("erwartet string"); these say it the user's way. */
const TYPE_WORDS: [RegExp, string][] = [
  [/\binstanceof Buffer\b/g, 'Dateiinhalt'],
  [/\bstring\b/g, 'Text'],
  [/\bString\b/g, 'Text'],
  [/\bobject\b/g, 'Objekt'],
  [/\bArray\b/g, 'Liste'],
  [/\bboolean\b/g, 'Ja/Nein-Wert'],
  [/\bnumber\b/g, 'Zahl'],
  [/\bint\b/g, 'ganze Zahl'],
  [/\bbigint\b/g, 'ganze Zahl'],
  [/\bundefined\b/g, 'nichts'],
  [/\bnull\b/g, 'leer'],
  [/ muss dem Muster \/.*\/[a-z]* entsprechen/g, ' hat nicht die erwartete Form'],
];

function inUsersWords(message: string): string {
  return TYPE_WORDS.reduce((text, [pattern, word]) => text.replace(pattern, word), message);
}

// Every schema in the app speaks German to the user, whichever module is loaded first.
z.config({
  localeError: (issue) => {
    const message = german.localeError(issue);
    return typeof message === 'string' ? inUsersWords(message) : message && { ...message, message: inUsersWords(message.message) };
  },
});

export { z };
