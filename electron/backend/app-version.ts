import { readFileSync } from 'node:fs';

export const APP_NAME = 'Familienaudit';

declare const __APP_VERSION__: string | undefined;

/** Inlined by the bundler for Electron builds; read from package.json when run from source. */
export const APP_VERSION: string =
  typeof __APP_VERSION__ === 'string'
    ? __APP_VERSION__
    : (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
