import { expect, test } from './fixtures';
import { seedCases } from './seed';

test('a list of 2,000 cases renders only the visible rows and still reaches every case', async ({ page, webApp, openApp }) => {
  await seedCases(webApp.dataDir, 2000);
  await openApp();
  await expect(page.getByTestId('case-count')).toHaveText('2.000 Auditfälle (Aktiv)');
  expect(await page.getByTestId('case-row').count()).toBeLessThan(60);
  await expect(page.getByTestId('case-link').first()).toHaveText('Gemeinde 0001');

  await page.getByTestId('case-table-body').evaluate((element) => element.scrollTo(0, element.scrollHeight));
  await expect(page.getByTestId('case-link').filter({ hasText: 'Gemeinde 2000' })).toBeVisible();
  expect(await page.getByTestId('case-row').count()).toBeLessThan(60);

  await page.getByTestId('sort-by').selectOption('population');
  await page.getByTestId('sort-direction').click();
  await page.getByTestId('case-table-body').evaluate((element) => element.scrollTo(0, 0));
  await expect(page.getByTestId('case-link').first()).toHaveText('Gemeinde 2000');

  await page.getByTestId('case-search').fill('Gemeinde 1234');
  await expect(page.getByTestId('case-link')).toHaveText(['Gemeinde 1234']);
});
