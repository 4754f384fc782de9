import { homedir } from 'node:os';
import { join } from 'node:path';
import { APP_NAME } from './app-version';

export const DATA_DIR_ENV = 'FAMILIENAUDIT_DATA_DIR';

/**
 * The folder Electron uses as userData for this app, so that the CLI and the browser mode
 * work on the same data as the desktop app unless told otherwise.
 */
function electronLikeUserDataDir(platform = process.platform, env = process.env): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_NAME);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), APP_NAME);
}

export function resolveDataDir(explicit: string | undefined, env = process.env): string {
  return explicit ?? env[DATA_DIR_ENV] ?? electronLikeUserDataDir(process.platform, env);
}

export function databaseFile(dataDir: string): string {
  return join(dataDir, 'familienaudit.sqlite');
}
