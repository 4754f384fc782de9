import { z } from 'zod';

// Every schema in the app speaks German to the user, whichever module is loaded first.
z.config(z.locales.de());

export { z };
