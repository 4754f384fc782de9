import { createCase, expect, test } from './fixtures';

test('back up, change, restore from the list: the earlier state returns and the later one is kept as a backup', async ({ page, openApp }) => {
  await openApp('#/');
  await createCase(page, { name: 'Vorherstadt', ags: '05711000' });
  await page.getByRole('link', { name: 'Sicherungen' }).click();
  await expect(page.getByTestId('backup-row')).toHaveCount(1);
  await expect(page.getByTestId('backup-row')).toContainText('Beim Start (täglich)');

  await page.getByTestId('backup-now').click();
  await expect(page.getByTestId('backup-message')).toContainText('angelegt und geprüft');
  await expect(page.getByTestId('backup-row')).toHaveCount(2);

  await openApp('#/');
  await createCase(page, { name: 'Nachherstadt', ags: '05711000' });
  await page.getByRole('link', { name: 'Sicherungen' }).click();
  await page.getByTestId('backup-row').filter({ hasText: 'Manuell' }).getByTestId('restore-backup').click();
  await expect(page.getByTestId('confirm-dialog')).toContainText('Der jetzige Stand wird vorher als eigene Sicherung aufbewahrt');
  await page.getByTestId('confirm-yes').click();

  await expect(page.getByTestId('restore-notice')).toContainText('aus der Sicherung vom');
  await expect(page.getByTestId('backup-row').filter({ hasText: 'Vor einer Wiederherstellung' })).toHaveCount(1);
  await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Auditfälle' }).click();
  await expect(page.getByRole('link', { name: 'Vorherstadt' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Nachherstadt' })).toHaveCount(0);
});

test('a file that is no backup is refused in German and nothing changes', async ({ page, openApp }) => {
  await openApp('#/');
  await createCase(page, { name: 'Bleibstadt', ags: '05711000' });
  await openApp('#/sicherungen');
  await page.getByTestId('restore-file').setInputFiles({ name: 'urlaub.sqlite', mimeType: 'application/octet-stream', buffer: Buffer.from('Urlaubsfotos, keine Datenbank') });
  await page.getByTestId('confirm-yes').click();
  await expect(page.getByTestId('backup-message')).toContainText('Aus „urlaub.sqlite“ kann nicht wiederhergestellt werden');
  await expect(page.getByTestId('backup-row')).toHaveCount(1);
  await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Auditfälle' }).click();
  await expect(page.getByRole('link', { name: 'Bleibstadt' })).toBeVisible();
});
