// Prepares what the Electron app needs on this machine and is shared by `npm start` and
// `npm run dist`: the Electron binary (the electron package no longer downloads it on
// install) and a copy of better-sqlite3 built for Electron's ABI, kept apart from the one
// in node_modules that tests, the CLI and the browser mode use under Node.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const electronDir = dirname(require.resolve('electron/package.json'));
const nativeDir = join(root, '.electron-native');
const npmCommand = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', shell: process.platform === 'win32', ...options });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} ist fehlgeschlagen (Exit-Code ${String(result.status)}).`);
  }
}

export function electronVersion() {
  return JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8')).version;
}

/** The path of the Electron executable, or null when its binary has not been downloaded. */
export function installedElectronBinary() {
  const pathFile = join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

export function ensureElectronBinary() {
  const existing = installedElectronBinary();
  if (existing) return existing;
  console.log(`Electron ${electronVersion()} wird einmalig heruntergeladen …`);
  const env = { ...process.env };
  delete env.ELECTRON_SKIP_BINARY_DOWNLOAD;
  run(process.execPath, [join(electronDir, 'install.js')], { env });
  const installed = installedElectronBinary();
  if (!installed) throw new Error('Electron konnte nicht installiert werden.');
  return installed;
}

export const electronNativeBindingFile = join(nativeDir, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');

/** Builds better-sqlite3 for Electron into .electron-native/, once per Electron/better-sqlite3 version. */
export function ensureElectronNativeBinding() {
  const sqliteVersion = JSON.parse(readFileSync(require.resolve('better-sqlite3/package.json'), 'utf8')).version;
  const target = electronVersion();
  const stamp = `${target} ${sqliteVersion} ${process.platform}-${process.arch}`;
  const stampFile = join(nativeDir, 'stamp.txt');
  if (existsSync(electronNativeBindingFile) && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) return;
  console.log(`better-sqlite3 ${sqliteVersion} wird für Electron ${target} gebaut …`);
  rmSync(nativeDir, { recursive: true, force: true });
  mkdirSync(nativeDir, { recursive: true });
  writeFileSync(
    join(nativeDir, 'package.json'),
    JSON.stringify({ private: true, dependencies: { 'better-sqlite3': sqliteVersion }, allowScripts: { 'better-sqlite3': true } }, null, 2),
  );
  run(npmCommand, ['install', '--no-audit', '--no-fund', '--no-package-lock'], {
    cwd: nativeDir,
    env: {
      ...process.env,
      npm_config_runtime: 'electron',
      npm_config_target: target,
      npm_config_disturl: 'https://electronjs.org/headers',
      npm_config_build_from_source: 'true',
    },
  });
  if (!existsSync(electronNativeBindingFile)) throw new Error(`Der Build hat ${electronNativeBindingFile} nicht erzeugt.`);
  writeFileSync(stampFile, stamp);
}
