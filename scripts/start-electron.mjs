// `npm start`: sets up Electron on first run, builds the app, and starts it.
import { spawn, spawnSync } from 'node:child_process';
import { ensureElectronBinary, ensureElectronNativeBinding, root } from './electron-setup.mjs';

try {
  const electron = ensureElectronBinary();
  ensureElectronNativeBinding();
  const build = spawnSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', 'build'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (build.status !== 0) process.exit(build.status ?? 1);
  const app = spawn(electron, ['.', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
  app.on('exit', (code) => process.exit(code ?? 0));
} catch (error) {
  console.error(`Familienaudit konnte nicht gestartet werden: ${error instanceof Error ? error.message : String(error)}`);
  console.error('Für den Browser-Modus ohne Electron: npm run start:web');
  process.exit(1);
}
