import { expect, test } from './fixtures';

// The audit's words that the Managementverfahren calls otherwise (its catalogue's terminology).
const AUDIT_WORDS = /Zielvereinbarung|Ratsbeschluss|Zertifikat|Zertifizierung|Auditor\/in|Erstaudit|Re-Audit|IST-Analyse|Strategieworkshop|Auditbericht|für den Verein/;

test('a case of the Managementverfahren names its steps and roles in its own words in titles, actions and the overview', async ({ page, openApp }) => {
  await openApp();
  await page.getByTestId('example-catalogue').selectOption('bw-managementverfahren');
  await page.getByTestId('create-example').click();
  await expect(page.getByTestId('case-title')).toHaveText('Beispielstadt', { timeout: 30_000 });
  const caseUrl = page.url();

  await expect(page.locator('.actions')).toContainText('Handlungskonzept');
  await expect(page.locator('.actions')).toContainText('Verfahrensbericht');
  await expect(page.locator('.actions')).toContainText('Fortschreibung anlegen');
  await expect(page.locator('.overview')).toContainText('Qualitätssiegel gültig bis');
  await expect(page.locator('.overview')).toContainText('Prozessbegleitung');
  for (const part of [page.locator('.actions'), page.locator('.at-a-glance'), page.getByTestId('case-title')]) await expect(part).not.toContainText(AUDIT_WORDS);

  const pages: [string, string][] = [
    ['open-questionnaire', 'Fragebogen (Bilanz („Wo stehen wir?“))'],
    ['open-goals', 'Handlungskonzept und Umsetzung'],
    ['open-certification', 'Begutachtung und Qualitätssiegel'],
    ['open-report', 'Verfahrensbericht – Beispielstadt'],
  ];
  for (const [button, title] of pages) {
    await page.goto(caseUrl);
    await page.getByTestId(button).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(page.locator('.breadcrumb')).not.toContainText(AUDIT_WORDS);
  }
  await page.goto(caseUrl);
  await page.getByTestId('open-goals').click();
  await expect(page.getByTestId('adoption')).toContainText('Gemeinderatsbeschluss');
  await expect(page.getByTestId('workshop-strategie')).toContainText('Zukunftswerkstatt');
  await expect(page.getByTestId('workshop-zielvereinbarung')).toContainText('Strategiewerkstatt');
  await page.screenshot({ path: test.info().outputPath('handlungskonzept.png') });
  await page.goto(caseUrl);
  await page.getByTestId('open-certification').click();
  await expect(page.getByTestId('export-assessment')).toHaveText('Gutachten für das Expertengremium exportieren (.xlsx)');
});
