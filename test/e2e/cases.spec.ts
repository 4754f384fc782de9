import { createCase, expect, fillCaseForm, test } from './fixtures';

test('create a case, find it in the list, edit it, reload: it is still there', async ({ page, openApp }) => {
  await openApp();
  await expect(page.getByTestId('case-list-empty')).toBeVisible();

  await createCase(page, { name: 'Musterstadt', ags: '05711000', landkreis: 'Kreis Muster', population: '52.300', auditor: 'Petra Prüfer' });
  await expect(page.getByTestId('detail-population')).toHaveText('52.300');
  await expect(page.getByTestId('current-phase')).toContainText('Start & Mandat');

  await page.getByRole('link', { name: 'Auditfälle', exact: true }).first().click();
  await createCase(page, { name: 'Beispielhausen', ags: '09162000' });
  await page.getByRole('link', { name: 'Auditfälle', exact: true }).first().click();
  await expect(page.getByTestId('case-row')).toHaveCount(2);

  await page.getByTestId('case-search').fill('muster');
  await expect(page.getByTestId('case-row')).toHaveCount(1);
  await page.getByTestId('case-link').filter({ hasText: 'Musterstadt' }).click();

  await page.getByTestId('edit-case').click();
  await expect(page.getByTestId('field-population')).toHaveValue('52.300');
  await page.getByTestId('field-name').fill('Musterstadt an der Ruhr');
  await page.getByTestId('field-lead-name').fill('Jana Jäger');
  await page.getByTestId('save-case').click();
  await expect(page.getByTestId('case-title')).toHaveText('Musterstadt an der Ruhr');

  await page.reload();
  await expect(page.getByTestId('case-title')).toHaveText('Musterstadt an der Ruhr');
  await expect(page.getByTestId('detail-lead-name')).toHaveText('Jana Jäger');
  await expect(page.getByTestId('detail-auditor')).toHaveText('Petra Prüfer');

  await page.getByRole('link', { name: 'Auditfälle', exact: true }).first().click();
  await page.getByTestId('case-search').fill('Jäger');
  await expect(page.getByTestId('case-link')).toHaveText(['Musterstadt an der Ruhr']);
});

test('invalid input shows German messages and keeps everything typed', async ({ page, openApp }) => {
  await openApp('#/faelle/neu');
  // The name stays untouched: its error must still show beside the others on the first save.
  await page.getByTestId('field-ags').fill('0571');
  await page.getByTestId('field-auditor').fill('Petra Prüfer');
  await page.getByTestId('field-lead-name').fill('Jana Jäger');
  await page.getByTestId('field-population').fill('viele');
  await page.getByTestId('save-case').click();

  await expect(page.getByText('Bitte den Namen der Kommune oder des Kreises angeben.')).toBeVisible();
  await expect(page.getByText('Der AGS besteht aus genau 8 Ziffern, z. B. 05711000.')).toBeVisible();
  await expect(page.getByText('Bitte eine ganze Zahl eingeben, z. B. 12.345.')).toBeVisible();
  await expect(page.getByTestId('field-auditor')).toHaveValue('Petra Prüfer');
  await expect(page.getByTestId('field-lead-name')).toHaveValue('Jana Jäger');
  await expect(page.getByTestId('field-ags')).toHaveValue('0571');

  await page.getByTestId('field-name').fill('Kreis Lippe');
  await page.getByTestId('field-kind-kreis').check();
  await page.getByTestId('field-ags').fill('05766012');
  await page.getByTestId('field-population').fill('348.000');
  await page.getByTestId('save-case').click();
  await expect(page.getByText('Der AGS eines Kreises endet auf 000')).toBeVisible();
  await page.getByTestId('field-ags').fill('05766000');
  await expect(page.getByTestId('field-bundesland')).toHaveValue('05');
  // The Länder in alphabetical order; one that contradicts the AGS is refused, not overwritten.
  const laender = await page.getByTestId('field-bundesland').locator('option').allTextContents();
  const named = laender.filter((label) => label.trim() !== '' && !label.startsWith('–') && !label.startsWith('Bitte'));
  expect(named).toEqual([...named].sort((a, b) => a.localeCompare(b, 'de')));
  expect(named[0]).toBe('Baden-Württemberg');
  await page.getByTestId('field-bundesland').selectOption('08');
  await page.getByTestId('save-case').click();
  await expect(page.getByText('Der AGS 05766000 gehört zu Nordrhein-Westfalen, nicht zu Baden-Württemberg.')).toBeVisible();
  await expect(page.getByTestId('field-bundesland')).toHaveValue('08');
  await page.getByTestId('field-bundesland').selectOption('05');
  await page.getByTestId('save-case').click();
  await expect(page.getByTestId('case-title')).toHaveText('Kreis Lippe');
});

test('a Re-Audit is linked to the previous round of the same municipality', async ({ page, openApp }) => {
  await openApp();
  await createCase(page, { name: 'Musterstadt', ags: '05711000', landkreis: 'Kreis Lippe', population: '41.200', auditor: 'A. Prüferin', leadName: 'Frau Leitung' });
  await page.getByTestId('archive-case').click();
  await expect(page.getByTestId('case-status')).toHaveText('Archiviert');

  await page.getByRole('link', { name: 'Neuer Auditfall' }).first().click();
  await fillCaseForm(page, { name: 'Musterstadt', ags: '05711000' });
  await page.getByTestId('field-round-reaudit').check();
  await page.getByTestId('save-case').click();
  await expect(page.getByText('Für eine Folgerunde (Re-Audit bzw. Fortschreibung) bitte den vorherigen Auditfall derselben Kommune auswählen.')).toBeVisible();
  await page.getByTestId('field-previous').selectOption({ index: 1 });
  // Choosing the previous round fills what is still empty from it.
  await expect(page.getByTestId('field-landkreis')).toHaveValue('Kreis Lippe');
  await expect(page.getByTestId('field-population')).toHaveValue('41.200');
  await expect(page.getByTestId('field-auditor')).toHaveValue('A. Prüferin');
  await expect(page.getByTestId('field-lead-name')).toHaveValue('Frau Leitung');
  await page.getByTestId('save-case').click();
  await expect(page.getByTestId('case-title')).toHaveText('Musterstadt');
  await expect(page.getByText(/Re-Audit \(Vorgänger: Musterstadt/)).toBeVisible();
});

test('archive, trash, restore and delete for good', async ({ page, openApp }) => {
  await openApp();
  await createCase(page, { name: 'Löschdorf', ags: '03241001' });
  await page.getByTestId('trash-case').click();
  await expect(page.getByTestId('case-status')).toHaveText('Papierkorb');

  await page.getByRole('link', { name: 'Auditfälle', exact: true }).first().click();
  await expect(page.getByTestId('case-list-empty')).toBeVisible();
  await page.getByTestId('case-status-trash').click();
  await expect(page.getByTestId('case-link')).toHaveText(['Löschdorf']);
  await page.getByTestId('case-link').click();
  await page.getByTestId('restore-case').click();
  await expect(page.getByTestId('case-status')).toHaveCount(0);

  await page.getByTestId('trash-case').click();
  await page.getByTestId('purge-case').click();
  await expect(page.getByTestId('confirm-dialog')).toBeVisible();
  await page.getByTestId('confirm-yes').click();
  await expect(page.getByRole('heading', { name: 'Auditfälle' })).toBeVisible();
  await page.getByTestId('case-status-trash').click();
  await expect(page.getByTestId('case-list-empty')).toHaveText('Der Papierkorb ist leer.');
});
