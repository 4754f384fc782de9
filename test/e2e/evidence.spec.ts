import { expect, test } from './fixtures';

const PDF = Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n', 'latin1');

test('attach documents by picker and by drop, open one, filter, remove one with confirmation, and find the removal in the change log', async ({ page, openApp }) => {
  await openApp();
  await page.getByTestId('example-catalogue').selectOption('audit-familiengerechte-kommune');
  await page.getByTestId('create-example').click();
  await expect(page.getByTestId('case-title')).toHaveText('Beispielstadt', { timeout: 30_000 });
  await page.getByTestId('open-evidence').click();
  // The worked example comes with its council resolution attached to the goal agreement.
  await expect(page.getByTestId('evidence-row')).toHaveCount(1);
  await expect(page.getByTestId('evidence-row')).toContainText('Ratsbeschluss zur Zielvereinbarung, DS');

  await page.getByTestId('evidence-title').fill('Ratsbeschluss Zielvereinbarung');
  await page.getByTestId('evidence-date').fill('04.09.2024');
  await page.getByTestId('evidence-file').setInputFiles({ name: 'beschluss.pdf', mimeType: 'application/pdf', buffer: PDF });
  await expect(page.getByTestId('evidence-message')).toHaveText('„Ratsbeschluss Zielvereinbarung“ wurde beigefügt.');
  await expect(page.getByTestId('evidence-row')).toHaveCount(2);
  await expect(page.getByTestId('evidence-row').filter({ hasText: 'Ratsbeschluss Zielvereinbarung' })).toContainText('04.09.2024');
  await expect(page.getByTestId('evidence-title')).toHaveValue('');

  // Dropped onto the zone, as from the file manager.
  // In-page code as a string: the test files are typed for Node, not the DOM.
  await page.evaluate(`(() => {
    const transfer = new DataTransfer();
    transfer.items.add(new File(['Protokoll der Zukunftswerkstatt\\nTeilnehmende: 40\\n'], 'protokoll.txt', { type: 'text/plain' }));
    document.querySelector('[data-testid="evidence-file-zone"]').dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  })()`);
  await expect(page.getByTestId('evidence-row')).toHaveCount(3);
  await expect(page.getByTestId('evidence-totals')).toContainText('3 Dokumente');

  // A program is refused, whatever it is called; nothing is added.
  await page.getByTestId('evidence-file').setInputFiles({ name: 'rechnung.pdf', mimeType: 'application/pdf', buffer: Buffer.from('4d5a900003000000', 'hex') });
  await expect(page.getByTestId('evidence-message')).toContainText('ist ein Programm oder Skript');
  await expect(page.getByTestId('evidence-row')).toHaveCount(3);

  const download = page.waitForEvent('download');
  await page.getByTestId('evidence-row').filter({ hasText: 'Ratsbeschluss Zielvereinbarung' }).getByTestId('evidence-open').click();
  expect((await download).suggestedFilename()).toBe('beschluss.pdf');

  await page.getByTestId('evidence-filter-type').selectOption('text');
  await expect(page.getByTestId('evidence-row')).toHaveCount(1);
  await expect(page.getByTestId('evidence-row')).toContainText('protokoll');
  await page.getByTestId('evidence-filter-type').selectOption('');
  await page.screenshot({ path: test.info().outputPath('nachweise.png'), fullPage: true });

  await page.getByTestId('evidence-row').filter({ hasText: 'Ratsbeschluss Zielvereinbarung' }).getByTestId('evidence-remove').click();
  await expect(page.getByTestId('evidence-remove-dialog')).toBeVisible();
  await page.getByTestId('evidence-remove-yes').click();
  await expect(page.getByTestId('evidence-row')).toHaveCount(2);

  await page.getByRole('link', { name: 'Beispielstadt' }).click();
  await page.getByTestId('open-change-log').click();
  const removal = page.getByTestId('change-entry').filter({ hasText: 'gelöscht' }).filter({ hasText: 'Nachweis' }).filter({ hasText: 'Ratsbeschluss Zielvereinbarung' });
  await expect(removal.first()).toContainText('SHA-256');

  // What is left is listed in the Auditbericht's appendix.
  await page.getByRole('link', { name: 'Beispielstadt' }).click();
  await page.getByTestId('open-report').click();
  await expect(page.getByTestId('report-evidence')).toContainText('protokoll');
  await expect(page.getByTestId('report-evidence')).not.toContainText('Ratsbeschluss Zielvereinbarung');
});

test('a paperclip at a measure counts its documents, takes a file, and the Nachweise page names the measure', async ({ page, openApp }) => {
  await openApp();
  await page.getByTestId('example-catalogue').selectOption('bw-managementverfahren');
  await page.getByTestId('create-example').click();
  await expect(page.getByTestId('case-title')).toHaveText('Beispielstadt', { timeout: 30_000 });
  await page.getByTestId('open-goals').click();
  const measure = page.getByTestId('measure-1.1.1');
  const title = (await measure.getByTestId('measure-title').textContent())!;
  const clip = measure.locator('.evidence-clip');
  await expect(clip.getByTestId('evidence-clip-count')).toHaveText('0');
  await clip.getByTestId('evidence-clip-toggle').click();
  await expect(clip.getByText('Noch keine Nachweise.')).toBeVisible();
  await clip.getByTestId('evidence-clip-file').setInputFiles({ name: 'Kostenplan.pdf', mimeType: 'application/pdf', buffer: PDF });
  await expect(clip.getByTestId('evidence-clip-count')).toHaveText('1');
  await expect(clip.getByRole('button', { name: 'Kostenplan' })).toBeVisible();
  await measure.screenshot({ path: test.info().outputPath('massnahme-nachweis.png') });

  await page.getByRole('link', { name: 'Beispielstadt' }).click();
  await page.getByTestId('open-evidence').click();
  await expect(page.getByTestId('evidence-row').filter({ hasText: 'Kostenplan' })).toContainText(`Maßnahme „${title}“`);
});

test('a question and a scoring criterion each take a document at their paperclip, and the Nachweise page names both places', async ({ page, openApp }) => {
  await openApp();
  await page.getByTestId('example-catalogue').selectOption('audit-familiengerechte-kommune');
  await page.getByTestId('create-example').click();
  await expect(page.getByTestId('case-title')).toHaveText('Beispielstadt', { timeout: 30_000 });

  await page.getByTestId('open-questionnaire').click();
  const question = page.locator('li.question').first();
  const questionClip = question.locator('.evidence-clip');
  await expect(questionClip.getByTestId('evidence-clip-count')).toHaveText('0');
  await questionClip.getByTestId('evidence-clip-toggle').click();
  await questionClip.getByTestId('evidence-clip-file').setInputFiles({ name: 'Familienbericht.pdf', mimeType: 'application/pdf', buffer: PDF });
  await expect(questionClip.getByTestId('evidence-clip-count')).toHaveText('1');
  await question.screenshot({ path: test.info().outputPath('frage-nachweis.png') });

  await page.getByRole('link', { name: 'Beispielstadt' }).click();
  await page.getByTestId('open-scoring').click();
  const criterion = page.locator('li.criterion').first();
  const criterionClip = criterion.locator('.evidence-clip');
  await criterionClip.getByTestId('evidence-clip-toggle').click();
  await criterionClip.getByTestId('evidence-clip-file').setInputFiles({ name: 'Kita-Bedarfsplan.pdf', mimeType: 'application/pdf', buffer: Buffer.concat([PDF, Buffer.from('%% Bedarfsplan\n', 'latin1')]) });
  await expect(criterionClip.getByTestId('evidence-clip-count')).toHaveText('1');
  await criterion.screenshot({ path: test.info().outputPath('kriterium-nachweis.png') });

  await page.getByRole('link', { name: 'Beispielstadt' }).click();
  await page.getByTestId('open-evidence').click();
  await expect(page.getByTestId('evidence-row')).toHaveCount(3);
  await expect(page.getByTestId('evidence-row').filter({ hasText: 'Familienbericht' })).toContainText('Antwort im Fragebogen');
  await expect(page.getByTestId('evidence-row').filter({ hasText: 'Kita-Bedarfsplan' })).toContainText('Kriterium der Bewertung');
});
