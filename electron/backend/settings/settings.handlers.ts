import type { HandlerSlice } from '../dispatcher';
import type { SettingsService } from './settings.service';

/** The app's own settings on this machine. */
export function settingsHandlers({ settings }: { settings: SettingsService }): HandlerSlice<'settings'> {
  return {
    'settings.get': () => settings.get(),
    'settings.update': (input) => settings.update(input),
  };
}
