import { chromium, type Browser } from '@playwright/test';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createInterface } from 'node:readline';

/** The browser mode on a data folder, as `npm run start:web` runs it. */
export async function startServer(dataDir: string): Promise<{ url: string; stop: () => void }> {
  if (!existsSync('out/renderer/index.html')) throw new Error('Build fehlt: bitte zuerst „npm run build“.');
  const child = spawn(process.execPath, ['--import', 'tsx', 'electron/loopback/main.ts', '--data-dir', dataDir, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout }).on('line', (line) => line.startsWith('http://127.0.0.1:') && resolve(line.trim()));
    child.once('exit', (code) => reject(new Error(`start:web exited with ${String(code)}`)));
  });
  // A named person, so that the first-start question does not cover what is measured.
  const address = new URL(url);
  await fetch(`${address.origin}/api/invoke`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Familienaudit-Token': address.searchParams.get('token') ?? '' },
    body: JSON.stringify({ method: 'settings.update', input: { userName: 'Benchmark' } }),
  });
  return { url, stop: () => child.kill('SIGTERM') };
}

export function launchChromium(): Promise<Browser> {
  const executablePath = ['/usr/bin/chromium', process.env.FAMILIENAUDIT_CHROMIUM].find((path): path is string => Boolean(path && existsSync(path)));
  return chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}
