import type { Locator, Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './a11y';
import { expect, test } from './fixtures';

/** Every page of a case, with what shows that its content, charts included, has arrived. */
const CASE_PAGES: [route: string, name: string, loaded: (page: Page) => Locator[]][] = [
  ['', 'Fallseite', (page) => [page.getByTestId('timeline'), page.getByTestId('case-title')]],
  ['/bearbeiten', 'Bearbeiten', (page) => [page.getByTestId('field-name')]],
  ['/fragebogen', 'Fragebogen', (page) => [page.getByTestId('group-title')]],
  [
    '/bewertung',
    'Stärken/Schwächen',
    (page) => [page.getByTestId('field-score'), page.getByTestId('profile-chart').locator('.recharts-surface').first(), page.getByTestId('criteria-chart').locator('.recharts-surface').first()],
  ],
  ['/beteiligung', 'Beteiligung', (page) => [page.getByTestId('format-table'), page.getByTestId('idea-list')]],
  ['/ziele', 'Zielvereinbarung', (page) => [page.getByTestId('adoption')]],
  ['/zertifizierung', 'Zertifizierung', (page) => [page.getByTestId('formal-checks'), page.getByTestId('profile-chart').locator('.recharts-surface').first()]],
  ['/bericht', 'Bericht', (page) => [page.getByTestId('report-certification'), page.locator('.report .recharts-surface').first()]],
  ['/protokoll', 'Änderungsprotokoll', (page) => [page.getByTestId('change-entry').first()]],
  ['/nachweise', 'Nachweise', (page) => [page.getByTestId('evidence-file-zone'), page.getByTestId('evidence-totals')]],
];

/** The pages outside a case. */
const GLOBAL_PAGES: [hash: string, name: string, loaded: (page: Page) => Locator[]][] = [
  ['#/', 'Auditfälle', (page) => [page.getByTestId('case-row').first()]],
  ['#/faelle/neu', 'Neuer Auditfall', (page) => [page.getByTestId('field-name'), page.getByTestId('field-catalogue')]],
  ['#/kataloge', 'Kataloge', (page) => [page.getByTestId('catalogue-row').first()]],
  ['#/sicherungen', 'Sicherungen', (page) => [page.getByTestId('backup-row').first()]],
  ['#/einstellungen', 'Einstellungen', (page) => [page.getByTestId('user-name')]],
];

async function visit(page: Page, hash: string, loaded: (page: Page) => Locator[]): Promise<void> {
  await page.goto(page.url().replace(/#.*$/, hash));
  for (const locator of loaded(page)) await expect(locator).toBeVisible();
}

async function checkCasePages(page: Page, caseId: string, round: string): Promise<void> {
  for (const [route, name, loaded] of CASE_PAGES) {
    await visit(page, `#/faelle/${caseId}${route}`, loaded);
    await expectNoSeriousA11yViolations(page, `${round}: ${name}`);
  }
}

for (const [catalogueId, procedure] of [
  ['audit-familiengerechte-kommune', 'Audit familiengerechte Kommune'],
  ['bw-managementverfahren', 'Integriertes Managementverfahren'],
] as const) {
  test(`${procedure}: every page, of the finalised example round and of its open next round, has no serious axe violations`, async ({ page, openApp }) => {
    test.setTimeout(180_000);
    await openApp();
    await expect(page.getByTestId('case-list-empty')).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'Auditfälle (leer, mit Beispielangebot)');

    await page.getByTestId('example-catalogue').selectOption(catalogueId);
    await page.getByTestId('create-example').click();
    await expect(page.getByTestId('case-title')).toHaveText('Beispielstadt', { timeout: 30_000 });
    const finalised = page.url().split('/faelle/')[1]!;
    await checkCasePages(page, finalised, 'abgeschlossene Runde');

    await visit(page, `#/faelle/${finalised}`, (current) => [current.getByTestId('create-reaudit')]);
    await page.getByTestId('create-reaudit').click();
    await expect(page.getByTestId('field-previous')).not.toHaveValue('');
    await expectNoSeriousA11yViolations(page, 'Neue Runde anlegen (vorbelegt)');
    await page.getByTestId('save-case').click();
    await expect(page.getByTestId('case-title')).toHaveText('Beispielstadt');
    const next = page.url().split('/faelle/')[1]!;
    expect(next).not.toBe(finalised);
    await checkCasePages(page, next, 'offene Folgerunde');

    for (const [hash, name, loaded] of GLOBAL_PAGES) {
      await visit(page, hash, loaded);
      await expectNoSeriousA11yViolations(page, name);
    }
  });
}

test.describe('on first start', () => {
  test.use({ userName: null });

  test('the question for the auditor’s name has no serious axe violations, also with its error shown', async ({ page, openApp }) => {
    await openApp();
    const dialog = page.getByTestId('first-start-dialog');
    await expect(dialog.getByTestId('user-name')).toBeFocused();
    await expectNoSeriousA11yViolations(page, 'Erster Start');
    await dialog.getByTestId('save-user-name').click();
    await expect(dialog.getByRole('alert')).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'Erster Start mit Fehlermeldung');
  });
});
