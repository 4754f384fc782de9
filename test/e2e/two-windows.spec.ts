import { shippedCatalogue } from '../helpers/catalogues';
import { createCase, expect, test } from './fixtures';

const question = shippedCatalogue('audit').questionnaire.sections.filter((section) => section.fieldId === 'hf1').flatMap((section) => section.questions).find((candidate) => candidate.type === 'shortText')!;

test('two windows on the same answer: the stale window is told, nothing is overwritten, and it can load the stored answer', async ({ page, context, openApp }) => {
  await openApp();
  await createCase(page, { name: 'Zweifensterstadt', ags: '05711000' });
  await page.getByTestId('open-questionnaire').click();
  const url = page.url();
  const other = await context.newPage();
  await other.goto(url);
  await expect(other.getByTestId(`answer-${question.id}`)).toHaveValue('');
  // The other window is at the answer already; a focused input keeps what it shows (live-refresh.spec.ts).
  await other.getByTestId(`answer-${question.id}`).focus();

  await page.getByTestId(`answer-${question.id}`).fill('Frau Erstes Fenster');
  await page.getByTestId(`answer-${question.id}`).blur();
  await expect(page.getByTestId(`status-${question.id}`)).toHaveText('Gespeichert');

  await other.getByTestId(`answer-${question.id}`).fill('Herr Zweites Fenster');
  await other.getByTestId(`answer-${question.id}`).blur();
  await expect(other.getByTestId(`status-${question.id}`)).toContainText('Diese Antwort wurde inzwischen an anderer Stelle geändert (jetzt „Frau Erstes Fenster“');
  await other.getByTestId(`question-${question.id}`).screenshot({ path: test.info().outputPath('veraltet.png') });
  await other.getByTestId(`reload-${question.id}`).click();
  await expect(other.getByTestId(`answer-${question.id}`)).toHaveValue('Frau Erstes Fenster');

  await page.reload();
  await expect(page.getByTestId(`answer-${question.id}`)).toHaveValue('Frau Erstes Fenster');
});
