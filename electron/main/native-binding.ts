import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * better-sqlite3 in node_modules is built for Node (tests, CLI, browser mode). Unpackaged,
 * Electron loads a copy built for its own ABI by `npm start`; packaged, electron-builder has
 * rebuilt node_modules for Electron and the default binding is right.
 */
export function electronNativeBinding(appPath: string, isPackaged: boolean): string | undefined {
  if (isPackaged) return undefined;
  const file = join(appPath, '.electron-native', 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
  if (!existsSync(file)) {
    throw new Error(`better-sqlite3 für Electron fehlt (${file}). Bitte die App mit „npm start“ starten.`);
  }
  return file;
}
