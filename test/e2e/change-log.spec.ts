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

test.describe('on first start', () => {
  test.use({ userName: null });

  test('the app asks for the auditor’s name; the change log names that person, and the settings page changes it', async ({ page, openApp }) => {
    await openApp('#/');
    const dialog = page.getByTestId('first-start-dialog');
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeVisible();
    await dialog.getByTestId('save-user-name').click();
    await expect(dialog.getByRole('alert')).toHaveText('Bitte Ihren Namen angeben (mindestens 2 Zeichen).');
    await dialog.getByTestId('user-name').fill('Dr. Maria Muster');
    await dialog.getByTestId('user-name').press('Enter');
    await expect(dialog).toBeHidden();

    await createCase(page, { name: 'Namensstadt', ags: '05711000' });
    await page.getByTestId('open-change-log').click();
    const creation = page.getByTestId('change-entry').filter({ hasText: 'angelegt' }).filter({ hasText: 'Auditfall' });
    await expect(creation).toContainText('Dr. Maria Muster');
    await expect(creation.getByTestId('entry-subject')).toHaveText('Namensstadt');
    await expect(page.getByTestId('change-log')).not.toContainText(/[0-9a-f]{8}-[0-9a-f]{4}-/);
    await expect(page.getByTestId('change-log')).not.toContainText('Geändert am');

    await page.getByRole('link', { name: 'Einstellungen' }).click();
    await expect(page.getByTestId('user-name')).toHaveValue('Dr. Maria Muster');
    await page.getByTestId('user-name').fill('Maria Muster');
    await page.getByTestId('save-user-name').click();
    await expect(page.getByTestId('user-name-status')).toContainText('Gespeichert');
    await page.reload();
    await expect(page.getByTestId('user-name')).toHaveValue('Maria Muster');
    await expect(page.getByTestId('first-start-dialog')).toBeHidden();
  });
});
