import type { HandlerSlice } from '../dispatcher';
import type { SettingsService } from './settings.service';
import type { InstallationKey } from '../signing/installation-key';
import { publicKeyFile } from '../signing/public-key-file';

/** The app's own settings on this machine. */
export function settingsHandlers({ settings, installationKey }: { settings: SettingsService; installationKey: () => InstallationKey }): HandlerSlice<'settings'> {
  return {
    'settings.get': () => settings.get(),
    'settings.update': (input) => settings.update(input),
    'settings.publicKey': async () => publicKeyFile(installationKey(), (await settings.get()).userName),
  };
}
