import { defineConfig } from '@playwright/test';
import { existsSync } from 'node:fs';

/** A system Chromium where there is one (Debian's, or one named by the environment); else Playwright's own. */
function chromiumExecutable(): string | undefined {
  const candidates = [process.env.FAMILIENAUDIT_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((candidate): candidate is string => Boolean(candidate && existsSync(candidate)));
}

const executablePath = chromiumExecutable();

export default defineConfig({
  testDir: 'test',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  forbidOnly: true,
  retries: 0,
  reporter: [['list']],
  use: {
    locale: 'de-DE',
    timezoneId: 'Europe/Berlin',
    viewport: { width: 1360, height: 900 },
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'web',
      testDir: 'test/e2e',
      use: {
        browserName: 'chromium',
        launchOptions: {
          ...(executablePath ? { executablePath } : {}),
          // Under the C locale Chromium cannot write non-ASCII download names and saves „Übergabe…“ as "download".
          env: { ...process.env, LANG: /utf-?8/i.test(process.env.LC_ALL || process.env.LANG || '') ? (process.env.LC_ALL || process.env.LANG) : 'C.UTF-8' },
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
            '--lang=de-DE',
          ],
        },
      },
    },
    { name: 'electron', testDir: 'test/electron' },
  ],
});
