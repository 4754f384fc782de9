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
    await expect(page.getByTestId('certificate-valid-until')).toContainText(`${catalogueId === 'bw-managementverfahren' ? 'Qualitätssiegel' : 'Zertifikat'} gültig bis`);
    await page.screenshot({ path: test.info().outputPath('beispiel.png') });

    await page.getByTestId('open-goals').click();
    await expect(page.getByTestId('adopted-info')).toBeVisible();
    await expect(page.getByTestId('amendments').locator('li')).toHaveCount(1);
    await page.getByRole('link', { name: 'Beispielstadt' }).click();

    await page.getByTestId('create-reaudit').click();
    await expect(page.getByTestId('field-previous')).not.toHaveValue('');
    await page.getByTestId('save-case').click();
    await expect(page.getByText(`${catalogueId === 'bw-managementverfahren' ? 'Fortschreibung' : 'Re-Audit'} (Vorgänger: Beispielstadt`)).toBeVisible();
    await page.getByTestId('open-scoring').click();
    await expect(page.locator('.subtitle')).toContainText('Vorrunde');
    await page.goBack();
    await page.getByTestId('open-goals').click();
    await expect(page.getByTestId('previous-goals')).toBeVisible();
    await page.screenshot({ path: test.info().outputPath('reaudit-ziele.png'), fullPage: false });
    // Carry the first open measure over, then see both rounds in the Re-Audit's Auditbericht.
    await page.getByTestId('previous-goals').getByRole('checkbox').first().check();
    await page.getByTestId('carry-over').click();
    await expect(page.getByTestId('goals-totals')).toContainText('1 Maßnahme ·');
    await page.goBack();
    await page.getByTestId('open-report').click();
    await expect(page.getByTestId('report-scoring')).toContainText('Vorrunde (Beispielstadt');
    await expect(page.getByTestId('report-scoring').locator('th', { hasText: 'Veränderung' })).toBeVisible();
    await expect(page.getByTestId('report-previous-round')).toContainText(/\d+ von \d+ Maßnahmen der Vorrunde umgesetzt \(Stand: Jahresbericht 2\)/);
    await expect(page.getByTestId('report-previous-round').locator('td', { hasText: /^ja$/ })).toHaveCount(1);
    await expect(page.locator('.report .recharts-radar-polygon')).toHaveCount(2);
    await page.pdf({ path: test.info().outputPath('reaudit-bericht.pdf'), preferCSSPageSize: true });
  });
}
