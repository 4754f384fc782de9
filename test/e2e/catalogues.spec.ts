import { rawCatalogue } from '../helpers/catalogues';
import { expect, test } from './fixtures';

test('import a new catalogue version in the UI; a broken file is refused with reasons', async ({ page, openApp }) => {
  await openApp('#/kataloge');
  await expect(page.getByTestId('catalogue-row')).toHaveCount(2);

  const next = rawCatalogue('bw');
  next.version = 2;
  await page.getByTestId('catalogue-file').setInputFiles({ name: 'bw-v2.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(next)) });
  await expect(page.getByTestId('catalogue-import-result')).toContainText('Version 2 wurde installiert');
  await expect(page.getByTestId('catalogue-row')).toHaveCount(3);

  const broken = rawCatalogue('bw');
  broken.version = 3;
  broken.auditSpan.toPhase = 'nirgendwo';
  await page.getByTestId('catalogue-file').setInputFiles({ name: 'kaputt.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
  await expect(page.getByTestId('catalogue-import-error')).toContainText('„kaputt.json“ wurde nicht installiert');
  await expect(page.getByTestId('catalogue-import-error')).toContainText('Die Phase „nirgendwo“');
  await expect(page.getByTestId('catalogue-row')).toHaveCount(3);

  await page.getByRole('link', { name: 'Neuer Auditfall' }).first().click();
  await expect(page.getByTestId('field-catalogue').locator('option')).toHaveText([
    'Audit familiengerechte Kommune (Version 1)',
    /Integriertes Managementverfahren .* \(Version 2\)/,
  ]);
});
