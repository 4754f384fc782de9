import { expect, test } from './fixtures';

for (const [catalogueId, name] of [
  ['audit-familiengerechte-kommune', 'Audit familiengerechte Kommune'],
  ['bw-managementverfahren', 'Integriertes Managementverfahren'],
] as const) {
  test(`${name}: the worked example is a certified round, and its Re-Audit builds on it`, async ({ page, openApp }) => {
    await openApp();
    await expect(page.getByTestId('case-list-empty')).toBeVisible();
    await page.getByTestId('example-catalogue').selectOption(catalogueId);
    await page.getByTestId('create-example').click();
    await expect(page.getByTestId('case-title')).toHaveText('Beispielstadt', { timeout: 30_000 });
    await expect(page.getByTestId('certificate-valid-until')).toContainText('Zertifikat gültig bis');
    await page.screenshot({ path: test.info().outputPath('beispiel.png') });

    await page.getByTestId('open-goals').click();
    await expect(page.getByTestId('adopted-info')).toBeVisible();
    await expect(page.getByTestId('amendments').locator('li')).toHaveCount(1);
    await page.getByRole('link', { name: 'Beispielstadt' }).click();

    await page.getByTestId('create-reaudit').click();
    await expect(page.getByTestId('field-previous')).not.toHaveValue('');
    await page.getByTestId('save-case').click();
    await expect(page.getByText(/Re-Audit \(Vorgänger: Beispielstadt/)).toBeVisible();
    await page.getByTestId('open-scoring').click();
    await expect(page.locator('.subtitle')).toContainText('Vorrunde');
    await page.goBack();
    await page.getByTestId('open-goals').click();
    await expect(page.getByTestId('previous-goals')).toBeVisible();
    await page.screenshot({ path: test.info().outputPath('reaudit-ziele.png'), fullPage: false });
  });
}
