import { nextVersion, rawCatalogue } from '../helpers/catalogues';
import { expect, test } from './fixtures';

test('import a new catalogue version in the UI; a broken file is refused with reasons', async ({ page, openApp }) => {
  await openApp('#/kataloge');
  await expect(page.getByTestId('catalogue-row').first()).toBeVisible();
  const shipped = await page.getByTestId('catalogue-row').count();
  expect(shipped).toBeGreaterThanOrEqual(2);

  const next = rawCatalogue('bw');
  next.version = nextVersion('bw');
  await page.getByTestId('catalogue-file').setInputFiles({ name: 'bw-neu.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(next)) });
  await expect(page.getByTestId('catalogue-import-result')).toContainText(`Version ${next.version} wurde installiert`);
  await expect(page.getByTestId('catalogue-row')).toHaveCount(shipped + 1);

  const broken = rawCatalogue('bw');
  broken.version = next.version + 1;
  broken.auditSpan.toPhase = 'nirgendwo';
  await page.getByTestId('catalogue-file').setInputFiles({ name: 'kaputt.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
  await expect(page.getByTestId('catalogue-import-error')).toContainText('„kaputt.json“ wurde nicht installiert');
  await expect(page.getByTestId('catalogue-import-error')).toContainText('Die Phase „nirgendwo“');
  await expect(page.getByTestId('catalogue-row')).toHaveCount(shipped + 1);

  await page.getByRole('link', { name: 'Neuer Auditfall' }).first().click();
  await expect(page.getByTestId('field-catalogue').locator('option')).toHaveText([
    `Audit familiengerechte Kommune (Version ${nextVersion('audit') - 1})`,
    `Integriertes Managementverfahren (Version ${next.version})`,
  ]);
  await page.getByTestId('field-catalogue').selectOption('bw-managementverfahren');
  await expect(page.getByText('Integriertes Managementverfahren „Familienfreundliche, bürgeraktive und demografiesensible Kommune“')).toBeVisible();
});
