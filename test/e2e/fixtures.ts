import { test as base, expect, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

interface WebApp {
  url: string;
  dataDir: string;
}

/** Starts the browser mode's server (the start:web entry) on its own data folder and port. */
export async function startWebApp(dataDir: string, extraArgs: readonly string[] = []): Promise<{ app: WebApp; process: ChildProcess }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'electron/loopback/main.ts', '--data-dir', dataDir, '--port', '0', ...extraArgs], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      if (line.startsWith('http://127.0.0.1:')) resolve(line.trim());
    });
    child.once('exit', (code) => reject(new Error(`start:web exited with ${String(code)}: ${stderr}`)));
  });
  return { app: { url, dataDir }, process: child };
}

/** Calls a backend method over the browser mode's HTTP transport, as the page does. */
export async function invokeApi(app: WebApp, method: string, input: unknown): Promise<unknown> {
  const url = new URL(app.url);
  const response = await fetch(`${url.origin}/api/invoke`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Familienaudit-Token': url.searchParams.get('token') ?? '' },
    body: JSON.stringify({ method, input }),
  });
  const result = (await response.json()) as { ok: boolean; value?: unknown; error?: { message: string } };
  if (!result.ok) throw new Error(`${method}: ${result.error?.message ?? response.status}`);
  return result.value;
}

export const test = base.extend<{ webApp: WebApp; openApp: (hash?: string) => Promise<void>; userName: string | null }>({
  /** Who works with the app; null leaves it unset, so the app asks on its first start. */
  userName: ['Test-Auditorin', { option: true }],
  webApp: async ({ userName }, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'familienaudit-e2e-'));
    const { app, process: child } = await startWebApp(dataDir);
    if (userName !== null) await invokeApi(app, 'settings.update', { userName });
    await use(app);
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
    rmSync(dataDir, { recursive: true, force: true });
  },
  openApp: async ({ page, webApp }, use) => {
    await use(async (hash = '#/') => {
      await page.goto(`${webApp.url}${hash}`);
    });
  },
});

export { expect };

interface CaseFormInput {
  name: string;
  ags: string;
  kind?: 'kommune' | 'kreis';
  landkreis?: string;
  population?: string;
  auditor?: string;
  leadName?: string;
}

export async function fillCaseForm(page: Page, input: CaseFormInput): Promise<void> {
  await page.getByTestId('field-name').fill(input.name);
  await page.getByTestId('field-ags').fill(input.ags);
  if (input.kind) await page.getByTestId(`field-kind-${input.kind}`).check();
  if (input.landkreis !== undefined) await page.getByTestId('field-landkreis').fill(input.landkreis);
  if (input.population !== undefined) await page.getByTestId('field-population').fill(input.population);
  if (input.auditor !== undefined) await page.getByTestId('field-auditor').fill(input.auditor);
  if (input.leadName !== undefined) await page.getByTestId('field-lead-name').fill(input.leadName);
}

export async function createCase(page: Page, input: CaseFormInput): Promise<void> {
  await page.getByTestId('new-case').click();
  await fillCaseForm(page, input);
  await page.getByTestId('save-case').click();
  await expect(page.getByTestId('case-title')).toHaveText(input.name);
}
