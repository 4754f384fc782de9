import { _electron as electron, expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { electronNativeBindingFile, installedElectronBinary } from '../../scripts/electron-setup.mjs';

const binary = installedElectronBinary();
const skipReason = !binary
  ? 'the Electron binary is not installed on this machine (it cannot be downloaded here; `npm start` fetches it on first run)'
  : !existsSync(electronNativeBindingFile)
    ? 'better-sqlite3 has not been built for Electron yet (`npm start` builds it into .electron-native/)'
    : !existsSync('out/main/index.cjs')
      ? 'the app is not built (`npm run build`)'
      : null;

if (skipReason) console.log(`[electron smoke test] skipped: ${skipReason}`);

test('the desktop app starts, shows the case list and creates a case through IPC', async () => {
  test.skip(skipReason !== null, `Electron smoke test skipped: ${skipReason ?? ''}`); // reason computed and printed above
  const dataDir = mkdtempSync(join(tmpdir(), 'familienaudit-electron-'));
  const app = await electron.launch({
    executablePath: binary!,
    args: ['.', ...(process.platform === 'linux' ? ['--no-sandbox'] : [])],
    env: { ...process.env, FAMILIENAUDIT_DATA_DIR: dataDir },
  });
  try {
    const window = await app.firstWindow();
    await expect(window.getByRole('heading', { name: 'Auditfälle' })).toBeVisible();
    // Served by the app:// protocol, not from file:// (electron/main/app-protocol.ts).
    expect(window.url()).toMatch(/^app:\/\/familienaudit\/index\.html(#|$)/);
    const exposed = await window.evaluate(() => Object.keys((window as unknown as { familienaudit: object }).familienaudit).sort());
    expect(exposed).toEqual(['invoke', 'on', 'saveReportPdf']);
    await window.getByTestId('new-case').click();
    await window.getByTestId('field-name').fill('Elektronstadt');
    await window.getByTestId('field-ags').fill('05711000');
    await window.getByTestId('save-case').click();
    await expect(window.getByTestId('case-title')).toHaveText('Elektronstadt');
    expect(existsSync(join(dataDir, 'familienaudit.sqlite'))).toBe(true);
  } finally {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
});

test('the desktop app saves the Auditbericht as a PDF with page numbers through the window', async () => {
  test.skip(skipReason !== null, `Electron smoke test skipped: ${skipReason ?? ''}`); // reason computed and printed above
  const dataDir = mkdtempSync(join(tmpdir(), 'familienaudit-electron-'));
  const target = join(dataDir, 'Auditbericht.pdf');
  const app = await electron.launch({
    executablePath: binary!,
    args: ['.', ...(process.platform === 'linux' ? ['--no-sandbox'] : [])],
    env: { ...process.env, FAMILIENAUDIT_DATA_DIR: dataDir },
  });
  try {
    // The save dialog is the operating system's; answer it with the target file.
    await app.evaluate(({ dialog }, file) => {
      dialog.showSaveDialog = (async () => ({ canceled: false, filePath: file })) as typeof dialog.showSaveDialog;
    }, target);
    const window = await app.firstWindow();
    await window.getByTestId('new-case').click();
    await window.getByTestId('field-name').fill('Druckstadt');
    await window.getByTestId('field-ags').fill('05711000');
    await window.getByTestId('save-case').click();
    await window.getByTestId('open-report').click();
    await expect(window.getByTestId('report')).toBeVisible();
    await window.getByTestId('print-report').click();
    await expect(window.getByTestId('report-pdf-message')).toContainText(target);
    expect(readFileSync(target).subarray(0, 5).toString()).toBe('%PDF-');
    const text = execFileSync('pdftotext', ['-layout', target, '-'], { encoding: 'utf8' });
    expect(text).toContain('Auditbericht – Druckstadt');
    expect(text).toMatch(/Seite 1 von \d+/);
    expect(text).not.toContain('Als PDF speichern');
  } finally {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
});
