import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

// The audit's own words, which the Managementverfahren calls otherwise (its catalogue's terminology).
const AUDIT_WORDS = /Zielvereinbarung|Ratsbeschluss|Zertifikat|Zertifizierung|Auditor\/in|Erstaudit|Re-Audit|IST-Analyse|Strategieworkshop|Zielvereinbarungsworkshop|Auditbericht|für den Verein/;

/** Every page of a case, with an element that shows its content has arrived. */
const PAGES: [route: string, loaded: (page: Page) => ReturnType<Page['getByTestId']>][] = [
  ['', (page) => page.getByTestId('timeline')],
  ['/bearbeiten', (page) => page.getByTestId('field-name')],
  ['/fragebogen', (page) => page.getByTestId('group-title')],
  ['/bewertung', (page) => page.getByTestId('field-score')],
  ['/beteiligung', (page) => page.getByTestId('format-table')],
  ['/ziele', (page) => page.getByTestId('adoption')],
  ['/zertifizierung', (page) => page.getByTestId('formal-checks')],
  ['/bericht', (page) => page.getByTestId('report-certification')],
  ['/protokoll', (page) => page.getByTestId('change-entry').first()],
];

async function expectOwnWords(page: Page, caseId: string, round: string) {
  for (const [route, loaded] of PAGES) {
    await page.goto(page.url().replace(/#.*$/, `#/faelle/${caseId}${route}`));
    await expect(loaded(page)).toBeVisible();
    await expect(page.locator('#root'), `${round}: ${route || 'Fallseite'}`).not.toContainText(AUDIT_WORDS);
  }
}

test('every page of a Managementverfahren case, finalised and the open next round, speaks its own words', async ({ page, openApp }) => {
  test.setTimeout(120_000);
  await openApp();
  await page.getByTestId('example-catalogue').selectOption('bw-managementverfahren');
  await page.getByTestId('create-example').click();
  await expect(page.getByTestId('case-title')).toHaveText('Beispielstadt', { timeout: 30_000 });
  const finalised = page.url().split('/faelle/')[1]!;

  await expect(page.locator('.actions')).toContainText('Handlungskonzept');
  await expect(page.locator('.actions')).toContainText('Verfahrensbericht');
  await expect(page.locator('.overview')).toContainText('Qualitätssiegel gültig bis');
  await expect(page.locator('.overview')).toContainText('Prozessbegleitung');
  await expectOwnWords(page, finalised, 'abgeschlossen');

  await page.goto(page.url().replace(/#.*$/, `#/faelle/${finalised}`));
  await page.getByTestId('create-reaudit').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Fortschreibung für Beispielstadt');
  await expect(page.locator('#root')).not.toContainText(AUDIT_WORDS);
  await page.getByTestId('save-case').click();
  await expect(page.getByTestId('case-title')).toHaveText('Beispielstadt');
  const next = page.url().split('/faelle/')[1]!;
  await expectOwnWords(page, next, 'Fortschreibung');

  await page.goto(page.url().replace(/#.*$/, `#/faelle/${next}/ziele`));
  await expect(page.getByTestId('adoption')).toContainText('Gemeinderatsbeschluss zum Handlungskonzept');
  await page.screenshot({ path: test.info().outputPath('handlungskonzept.png') });
  await page.goto(page.url().replace(/#.*$/, `#/faelle/${next}/beteiligung`));
  await expect(page.getByTestId('format-table').locator('tbody th')).toHaveText([/^Bilanzwerkstatt/, /^Zukunftswerkstatt/, /^Strategiewerkstatt/, /^Ergebnisveranstaltung/]);
  await expect(page.locator('#root')).not.toContainText(AUDIT_WORDS);
  await page.goto(page.url().replace(/#.*$/, `#/faelle/${next}/zertifizierung`));
  await expect(page.getByTestId('export-assessment')).toHaveText('Gutachten für das Expertengremium exportieren (.xlsx)');
  await page.goto(page.url().replace(/#.*$/, '#/'));
  await expect(page.getByTestId('case-table')).toContainText('Fortschreibung');
  await expect(page.locator('#root')).not.toContainText(AUDIT_WORDS);
});
