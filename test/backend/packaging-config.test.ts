import { load } from 'js-yaml';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
// electron-builder cannot run here (it downloads Electron); its own schema check can.
const { validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
  validateConfiguration(config: unknown, logger: { isEnabled: boolean; add(): void }): Promise<void>;
};

const config = load(readFileSync('electron-builder.yml', 'utf8')) as Record<string, unknown> & {
  asarUnpack: string[];
  extraMetadata: { main: string };
  win: { target: { target: string }[] };
  mac: { target: { target: string }[] };
  linux: { target: string[] };
  electronFuses: Record<string, boolean>;
};
const packageJson = JSON.parse(readFileSync('package.json', 'utf8')) as { main: string };

describe('electron-builder.yml', () => {
  it('passes electron-builder’s configuration schema', async () => {
    await expect(validateConfiguration(config, { isEnabled: false, add: () => undefined })).resolves.toBeUndefined();
  });

  it('builds NSIS, DMG, AppImage and deb', () => {
    expect(config.win.target.map((target) => target.target)).toEqual(['nsis']);
    expect(config.mac.target.map((target) => target.target)).toEqual(['dmg']);
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
  });

  it('keeps the native SQLite module outside the asar and starts the built main process', () => {
    expect(config.asarUnpack).toContain('**/node_modules/better-sqlite3/**');
    expect(config.extraMetadata.main).toBe(packageJson.main);
    expect(readFileSync('electron.vite.config.ts', 'utf8')).toContain("fileName: () => 'index.cjs'");
  });

  it('turns off the Electron fuses that would let code run outside the app', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
  });
});
