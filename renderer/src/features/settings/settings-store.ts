import { create } from 'zustand';
import type { Settings } from '../../../../shared/contract';
import { call } from '../../api/client';

interface SettingsState {
  /** Undefined until loaded. */
  settings: Settings | undefined;
  load(): Promise<void>;
  save(userName: string): Promise<Settings>;
}

/** The app's settings on this machine, shared by the settings page and the first-start question. */
export const useSettingsStore = create<SettingsState>((set) => ({
  settings: undefined,
  async load() {
    set({ settings: await call('settings.get', {}) });
  },
  async save(userName) {
    const settings = await call('settings.update', { userName });
    set({ settings });
    return settings;
  },
}));
