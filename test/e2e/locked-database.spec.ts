import { test, expect } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { shippedCatalogue } from '../helpers/catalogues';
import { createCase, invokeApi, startWebApp } from './fixtures';

const betterSqlite = createRequire(import.meta.url).resolve('better-sqlite3');
const figure = shippedCatalogue('audit').questionnaire.sections.filter((section) => section.fieldId === 'hf1').flatMap((section) => section.questions).find((question) => question.type === 'shortText')!;

/** A second program that holds the write lock until told to let go (a line on its stdin). */
async function lockHolder(file: string): Promise<{ release(): Promise<void> }> {
  const script = `
    const db = new (require(${JSON.stringify(betterSqlite)}))(${JSON.stringify(file)});
    db.exec('BEGIN IMMEDIATE');
    db.prepare("INSERT INTO app_meta (key, value) VALUES ('fremdes_programm', '1') ON CONFLICT(key) DO UPDATE SET value = excluded.value").run();
    console.log('locked');
    process.stdin.once('data', () => { db.exec('COMMIT'); db.close(); process.exit(0); });
  `;
  const child: ChildProcess = spawn(process.execPath, ['-e', script], { stdio: ['pipe', 'pipe', 'inherit'] });
  await new Promise<void>((resolve) => createInterface({ input: child.stdout! }).on('line', (line) => line === 'locked' && resolve()));
  return {
    async release() {
      child.stdin!.write('los\n');
      await new Promise((resolve) => child.once('exit', resolve));
    },
  };
}

test('an answer typed while another program locks the database is kept, shown as not yet saved, and stored once the lock is gone', async ({ page }) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'familienaudit-e2e-'));
  const { app, process: server } = await startWebApp(dataDir, ['--busy-retry-ms', '1000']);
  try {
    await invokeApi(app, 'settings.update', { userName: 'Test-Auditorin' });
    await page.goto(`${app.url}#/`);
    await createCase(page, { name: 'Sperrstadt', ags: '05711000' });
    await page.getByTestId('open-questionnaire').click();
    const lock = await lockHolder(join(dataDir, 'familienaudit.sqlite'));

    await page.getByTestId(`answer-${figure.id}`).fill('Frau Gesperrt');
    await page.getByTestId(`answer-${figure.id}`).press('Tab');
    const status = page.getByTestId(`status-${figure.id}`);
    await expect(status).toContainText('Noch nicht gespeichert: Die Datenbank ist gerade durch ein anderes Programm gesperrt', { timeout: 15_000 });
    await expect(status).toContainText('Ihre Eingabe bleibt erhalten');
    await page.screenshot({ path: test.info().outputPath('gesperrt.png'), fullPage: false });
    await expect(page.getByTestId(`answer-${figure.id}`)).toHaveValue('Frau Gesperrt');

    await lock.release();
    await expect(status).toHaveText('Gespeichert', { timeout: 15_000 });
    await page.reload();
    await expect(page.getByTestId(`answer-${figure.id}`)).toHaveValue('Frau Gesperrt');
  } finally {
    server.kill('SIGTERM');
    await new Promise((resolve) => server.once('exit', resolve));
    rmSync(dataDir, { recursive: true, force: true });
  }
});
