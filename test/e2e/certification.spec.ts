import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { seedCompleteCase } from './seed-complete';

test('complete the assessment, finalise it, see the frozen state, reopen with a reason', async ({ page, webApp, openApp }) => {
  const caseId = await seedCompleteCase(webApp.dataDir, 'Zertistadt');
  await openApp(`#/faelle/${caseId}/zertifizierung`);
  await expect(page.getByTestId('formal-checks').locator('li.failed')).toHaveCount(0);
  await expect(page.getByTestId('recommendation')).toContainText('Zertifikat noch nicht erteilen');

  const criteria = page.locator('li[data-testid^="cert-"]');
  await expect(criteria.first()).toBeVisible();
  const count = await criteria.count();
  for (let index = 0; index < count; index += 1) {
    const id = (await criteria.nth(index).getAttribute('data-testid'))!.replace('cert-', '');
    await page.getByTestId(`cert-${id}-${index === 0 ? 'teilweise' : 'erfuellt'}`).check();
  }
  await expect(page.getByTestId('recommendation')).toContainText('Zertifikat erteilen mit Auflagen');
  await page.getByTestId('use-suggestions').click();
  await expect(page.getByTestId('conditions')).toHaveValue(/^Vollständig erfüllen: /);
  await page.getByTestId('certificate-date').fill('01.06.2026');
  await page.getByTestId('finalize').click();
  await page.getByTestId('confirm-yes').click();
  await expect(page.getByTestId('finalized-info')).toContainText('Entscheidung: Zertifikat mit Auflagen erteilt – Zertifikat vom 01.06.2026, gültig bis 01.06.2029. Fragebogen, Bewertung, Zielvereinbarung und Begutachtung sind eingefroren.');

  await expect(page.locator('.profile-chart .recharts-radar-polygon')).toHaveCount(1);
  const download = page.waitForEvent('download');
  await page.getByTestId('export-assessment').click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^Gutachten_Zertistadt_\d{4}-\d{2}-\d{2}\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync((await file.path())!) as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Deckblatt', 'IST-Analyse', 'Stärken-Schwächen', 'Zielvereinbarung', 'Zertifizierung', 'Beteiligung', 'Nachweise', 'Stammdaten', 'Metadaten']);
  expect(workbook.getWorksheet('Deckblatt')!.getImages()).toHaveLength(1);

  await page.getByRole('link', { name: 'Zertistadt' }).click();
  await expect(page.getByTestId('certificate-valid-until')).toHaveText('Zertifikat gültig bis 01.06.2029');
  await page.getByTestId('open-questionnaire').click();
  await expect(page.locator('[data-testid^="answer-"]').first()).toBeDisabled();
  await expect(page.getByTestId('read-only-notice')).toHaveText('Der Fragebogen ist eingefroren, weil die Begutachtung abgeschlossen ist. Zum Ändern die Begutachtung mit Begründung wieder öffnen.');

  // The yearly reports are filed in the three years after the certificate.
  await page.goto(page.url().replace(/fragebogen.*$/, 'ziele'));
  await expect(page.getByTestId('read-only-notice')).toHaveCount(0);
  await page.getByTestId('report-date').fill('15.11.2026');
  await page.getByTestId('report-save').click();
  await expect(page.getByTestId('report-message')).toContainText('gespeichert');

  // A finalised round offers its Re-Audit, pre-filled from it.
  await page.getByRole('link', { name: 'Zertistadt' }).click();
  await page.getByTestId('create-reaudit').click();
  await expect(page.getByRole('heading', { name: 'Re-Audit für Zertistadt' })).toBeVisible();
  await expect(page.getByTestId('field-name')).toHaveValue('Zertistadt');
  await expect(page.getByTestId('field-round-reaudit')).toBeChecked();
  await expect(page.getByTestId('field-previous')).toHaveValue(caseId);
  await page.screenshot({ path: test.info().outputPath('reaudit-anlegen.png') });
  await page.getByTestId('save-case').click();
  await expect(page.getByText(/Re-Audit \(Vorgänger: Zertistadt/)).toBeVisible();
  await page.getByTestId('open-scoring').click();
  await expect(page.getByTestId('overall-score')).toBeVisible();
  await expect(page.locator('.subtitle')).toContainText('Vorrunde');

  await page.goto(`${webApp.url}#/faelle/${caseId}/zertifizierung`);
  await page.getByTestId('reopen-reason').fill('Nachreichung des Familienberichts');
  await page.getByTestId('reopen').click();
  await expect(page.getByTestId('recommendation')).toBeVisible();
  await expect(page.getByTestId('finalize')).toBeEnabled();
});

test('a decision the contract refuses shows at its fields and stores nothing', async ({ page, webApp, openApp }) => {
  const caseId = await seedCompleteCase(webApp.dataDir, 'Begründungsheim');
  await openApp(`#/faelle/${caseId}/zertifizierung`);
  await page.getByTestId('override-toggle').check();
  await page.getByTestId('override-choice').selectOption('erteilen');
  await page.getByTestId('override-reason').fill('passt');
  await page.getByTestId('certificate-date').fill('31.02.2026');
  await page.getByTestId('save-decision').click();
  await expect(page.getByRole('alert').filter({ hasText: 'mindestens 10 Zeichen' })).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'Den 31.02.2026 gibt es nicht im Kalender.' })).toBeVisible();
  await expect(page.getByTestId('decision-message')).toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath('decision-errors.png') });

  await page.reload();
  await expect(page.getByTestId('override-toggle')).not.toBeChecked();
  await expect(page.getByTestId('recommendation')).toContainText('Zertifikat noch nicht erteilen');
  await page.getByTestId('override-toggle').check();
  await page.getByTestId('override-choice').selectOption('erteilen');
  await page.getByTestId('override-reason').fill('Die Auflagen sind bereits erfüllt.');
  await page.getByTestId('save-decision').click();
  await expect(page.getByTestId('decision-message')).toHaveText('Entscheidung gespeichert.');
  await expect(page.getByTestId('recommendation')).toContainText('abweichend von der berechneten Empfehlung');
});
