import type { Page } from '@playwright/test';
import { zipEntryText } from '../helpers/zip-entry';
import { createCase, expect, test } from './fixtures';

async function exportConcept(page: Page, label: string) {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: label }).click();
  const file = await download;
  return { name: file.suggestedFilename(), xml: await zipEntryText((await file.path())!, 'word/document.xml') };
}

for (const [catalogueId, conceptName, chapter] of [
  ['audit-familiengerechte-kommune', 'Strategiekonzept', 'Ausgangslage: Ergebnisse der IST-Analyse'],
  ['bw-managementverfahren', 'Handlungskonzept', 'Wo stehen wir? Die Bilanz'],
] as const) {
  test(`${conceptName}: the case offers its council document as Word, a new version each time, recorded in the change log`, async ({ page, openApp }) => {
    await openApp();
    await page.getByTestId('example-catalogue').selectOption(catalogueId);
    await page.getByTestId('create-example').click();
    await expect(page.getByTestId('case-title')).toHaveText('Beispielstadt', { timeout: 30_000 });
    const button = page.getByTestId('export-concept');
    await expect(button).toHaveText(`${conceptName} (Word)`);
    await button.focus();
    await page.locator('.actions').screenshot({ path: test.info().outputPath('aktionen.png') });

    const first = await exportConcept(page, `${conceptName} (Word)`);
    expect(first.name).toMatch(new RegExp(`^${conceptName}_Beispielstadt_Fassung-1_\\d{4}-\\d\\d-\\d\\d\\.docx$`));
    expect(first.xml).toContain(chapter);
    expect(first.xml).toContain('Fassung 1 vom');
    const second = await exportConcept(page, `${conceptName} (Word)`);
    expect(second.name).toContain('_Fassung-2_');
    expect(second.xml).toContain('Fassung 2 vom');

    await page.getByTestId('open-change-log').click();
    const versions = page.getByTestId('change-entry').filter({ hasText: 'Fassung des Konzepts (Word)' });
    await expect(versions).toHaveCount(2);
    await expect(versions.first().getByTestId('entry-subject')).toHaveText(`${conceptName}, Fassung 2`);
  });
}

test('a new case without data gets a short, valid Strategiekonzept', async ({ page, openApp }) => {
  await openApp('#/');
  await createCase(page, { name: 'Leerdorf', ags: '05711000' });
  const file = await exportConcept(page, 'Strategiekonzept (Word)');
  expect(file.name).toMatch(/^Strategiekonzept_Leerdorf_Fassung-1_/);
  expect(file.xml).toContain('Leerdorf');
  expect(file.xml).not.toContain('Ziele und Maßnahmen');
});
