import { createCase, expect, test } from './fixtures';

test('the change log shows who changed what on a case, old and new value, and cannot be edited', async ({ page, openApp }) => {
  await openApp('#/');
  await createCase(page, { name: 'Protokollstadt', ags: '05711000' });
  await page.getByTestId('edit-case').click();
  await page.getByTestId('field-name').fill('Protokollstadt-Süd');
  await page.getByTestId('save-case').click();
  await expect(page.getByTestId('case-title')).toHaveText('Protokollstadt-Süd');

  await page.getByTestId('open-change-log').click();
  const rename = page.getByTestId('change-entry').filter({ hasText: 'geändert' }).filter({ hasText: 'Kommune' });
  await expect(rename).toHaveCount(1);
  await expect(rename).toContainText('Protokollstadt → Protokollstadt-Süd');
  const creation = page.getByTestId('change-entry').filter({ hasText: 'angelegt' }).filter({ hasText: 'Auditfall' });
  await expect(creation).toHaveCount(1);
  await expect(creation).toContainText('Protokollstadt');
  await expect(page.getByTestId('change-log').locator('input, textarea, button')).toHaveCount(0);
});
