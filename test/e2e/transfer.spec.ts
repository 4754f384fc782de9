import { readFileSync } from 'node:fs';
import { createCase, expect, test } from './fixtures';

test('export a case as a transfer file and take it over again: as a copy, or replacing the one here', async ({ page, openApp }) => {
  await openApp('#/');
  await createCase(page, { name: 'Übergabestadt', ags: '05711000' });
  const download = page.waitForEvent('download');
  await page.getByTestId('export-transfer').click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^Auditfall_Übergabestadt_.*\.familienaudit$/);
  const bytes = readFileSync((await file.path())!);

  await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Auditfälle' }).click();
  await page.getByTestId('transfer-file').setInputFiles({ name: file.suggestedFilename(), mimeType: 'application/octet-stream', buffer: bytes });
  await expect(page.getByTestId('transfer-dialog')).toContainText('Übergabestadt');
  await expect(page.getByTestId('transfer-exists')).toContainText('Diesen Auditfall gibt es hier schon');
  await page.getByTestId('transfer-copy').click();
  await expect(page.getByTestId('case-title')).toHaveText('Übergabestadt (Kopie)');
  await expect(page.getByTestId('transfer-notice')).toContainText(/aus „Auditfall_Übergabestadt_.*\.familienaudit“ übernommen\. Der Stand davor ist in der Sicherung „Vor einem Import“ vom \d{2}\.\d{2}\.\d{4}/);
  await page.screenshot({ path: test.info().outputPath('uebernommen.png') });

  await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Auditfälle' }).click();
  await expect(page.getByTestId('case-count')).toContainText('2 Auditfälle');
  await page.getByTestId('transfer-file').setInputFiles({ name: 'kaputt.familienaudit', mimeType: 'application/octet-stream', buffer: Buffer.from('kein Archiv') });
  await expect(page.getByTestId('transfer-error')).toContainText('„kaputt.familienaudit“ kann nicht übernommen werden');
  await expect(page.getByTestId('case-count')).toContainText('2 Auditfälle');
});
