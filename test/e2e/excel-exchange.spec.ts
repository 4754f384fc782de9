import { readFileSync } from 'node:fs';
import { shippedCatalogue } from '../helpers/catalogues';
import { editWorkbook, setAnswer } from '../helpers/workbooks';
import { createCase, expect, test } from './fixtures';

const audit = shippedCatalogue('audit');
const hf1 = audit.questionnaire.sections.filter((section) => section.fieldId === 'hf1').flatMap((section) => section.questions);
const numbers = hf1.filter((question) => question.type === 'number');
const yesNo = hf1.find((question) => question.type === 'yesPartlyNo')!;

test('export the template, import it filled with a conflict, choose to overwrite it, see the Rathaus as source', async ({ page, openApp }) => {
  await openApp();
  await createCase(page, { name: 'Excelstadt', ags: '05711000' });
  await page.getByTestId('open-questionnaire').click();
  await page.getByTestId(`answer-${numbers[0]!.id}`).fill('500');
  await page.getByTestId(`answer-${numbers[0]!.id}`).blur();
  await expect(page.getByTestId(`status-${numbers[0]!.id}`)).toHaveText('Gespeichert');

  const download = page.waitForEvent('download');
  await page.getByTestId('export-template').click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^Fragebogen_Excelstadt_\d{4}-\d{2}-\d{2}\.xlsx$/);
  const template = readFileSync((await file.path())!);

  const filled = await editWorkbook(template, (workbook) => {
    setAnswer(workbook, numbers[0]!.id, '1.500');
    setAnswer(workbook, numbers[1]!.id, '42');
    setAnswer(workbook, yesNo.id, 'teilweise');
  });
  await page.getByTestId('import-file').setInputFiles({ name: 'rathaus.xlsx', mimeType: 'application/octet-stream', buffer: filled });
  await expect(page.getByTestId('import-counts')).toContainText('Neu: 2');
  await expect(page.getByTestId('import-counts')).toContainText('Konflikte: 1');
  await expect(page.getByTestId(`import-entry-${numbers[0]!.id}`)).toContainText('500');
  await expect(page.getByTestId(`import-entry-${numbers[0]!.id}`)).toContainText('1.500');

  await page.getByTestId(`overwrite-${numbers[0]!.id}`).check();
  await page.getByTestId('apply-import').click();
  await expect(page.getByTestId('exchange-message')).toHaveText('3 Antworten aus „rathaus.xlsx“ übernommen.');
  await expect(page.getByTestId(`answer-${numbers[0]!.id}`)).toHaveValue('1.500');
  await expect(page.getByTestId(`answer-${yesNo.id}-teilweise`)).toBeChecked();
  await expect(page.getByTestId(`source-${numbers[1]!.id}`)).toContainText('Rathaus (Import)');

  await page.reload();
  await expect(page.getByTestId(`answer-${numbers[1]!.id}`)).toHaveValue('42');
});

test('a workbook with errors shows each problem and cannot be applied as it is; choosing to skip the invalid rows applies the valid ones and lists the skipped; a foreign file is refused', async ({
  page,
  openApp,
}) => {
  await openApp();
  await createCase(page, { name: 'Fehlerstadt', ags: '05711004' });
  await page.getByTestId('open-questionnaire').click();
  const download = page.waitForEvent('download');
  await page.getByTestId('export-template').click();
  const template = readFileSync((await (await download).path())!);
  const broken = await editWorkbook(template, (workbook) => {
    setAnswer(workbook, numbers[0]!.id, 'sehr viele');
    setAnswer(workbook, numbers[1]!.id, '42');
    setAnswer(workbook, yesNo.id, 'teilweise');
  });

  await page.getByTestId('import-file').setInputFiles({ name: 'kaputt.xlsx', mimeType: 'application/octet-stream', buffer: broken });
  await expect(page.getByTestId('import-errors')).toContainText('„sehr viele“ ist keine Zahl');
  await expect(page.getByTestId('import-error-row')).toHaveCount(1);
  await expect(page.getByTestId('import-counts')).toContainText('Neu: 2');
  // All or nothing by default: the button stays disabled and says why, pointing at the choice.
  await expect(page.getByTestId('import-mode-all')).toBeChecked();
  await expect(page.getByTestId('apply-import')).toBeDisabled();
  await expect(page.getByTestId('apply-import-blocked')).toContainText('1 fehlerhafte Zeile');
  await expect(page.getByTestId('apply-import-blocked')).toContainText('„Gültige Zeilen übernehmen, fehlerhafte überspringen“');

  // The choice by keyboard: arrow to the second option, tab to the button, Enter.
  await page.getByTestId('import-mode-all').focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByTestId('import-mode-skip-invalid')).toBeChecked();
  await expect(page.getByTestId('apply-import-blocked')).toHaveCount(0);
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('apply-import')).toBeFocused();
  await expect(page.getByTestId('apply-import')).toHaveText('Gültige Zeilen übernehmen');
  await page.keyboard.press('Enter');

  await expect(page.getByTestId('exchange-message')).toHaveText('2 Antworten aus „kaputt.xlsx“ übernommen. 1 fehlerhafte Zeile wurde übersprungen.');
  const skipped = page.getByTestId('skipped-row');
  await expect(skipped).toHaveCount(1);
  await expect(skipped).toContainText(numbers[0]!.text);
  await expect(skipped).toContainText('„sehr viele“');
  await expect(skipped).toContainText('ist keine Zahl');
  await expect(page.getByTestId(`answer-${numbers[1]!.id}`)).toHaveValue('42');
  await expect(page.getByTestId(`answer-${yesNo.id}-teilweise`)).toBeChecked();
  await expect(page.getByTestId(`answer-${numbers[0]!.id}`)).toHaveValue('');
  await page.reload();
  await expect(page.getByTestId(`source-${numbers[1]!.id}`)).toContainText('Rathaus (Import)');
  await expect(page.getByTestId(`answer-${numbers[0]!.id}`)).toHaveValue('');

  await page.getByTestId('import-file').setInputFiles('test/fixtures/xlsx/old-format.xls');
  await expect(page.getByTestId('exchange-message')).toContainText('alten Excel-Format (.xls)');
});

test('a workbook dropped onto the import area is previewed like a chosen one', async ({ page, openApp }) => {
  await openApp();
  await createCase(page, { name: 'Dropstadt', ags: '05711008' });
  await page.getByTestId('open-questionnaire').click();
  const download = page.waitForEvent('download');
  await page.getByTestId('export-template').click();
  const filled = await editWorkbook(readFileSync((await (await download).path())!), (workbook) => setAnswer(workbook, numbers[0]!.id, 7));
  // Runs in the page; the test files are type-checked without DOM types.
  const dataTransfer = await page.evaluateHandle((bytes) => {
    const browser = globalThis as unknown as {
      DataTransfer: new () => { items: { add(file: unknown): void } };
      File: new (parts: unknown[], name: string) => unknown;
    };
    const transfer = new browser.DataTransfer();
    transfer.items.add(new browser.File([new Uint8Array(bytes)], 'gezogen.xlsx'));
    return transfer;
  }, [...filled]);
  await page.getByTestId('import-file-zone').dispatchEvent('drop', { dataTransfer });
  await expect(page.getByTestId('import-counts')).toContainText('Neu: 1');
  await page.getByTestId('apply-import').click();
  await expect(page.getByTestId('exchange-message')).toHaveText('1 Antwort aus „gezogen.xlsx“ übernommen.');
});
