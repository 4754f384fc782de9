import { shippedCatalogue } from '../helpers/catalogues';
import { createCase, expect, test } from './fixtures';

const question = shippedCatalogue('audit').questionnaire.sections.filter((section) => section.fieldId === 'hf1').flatMap((section) => section.questions).find((candidate) => candidate.type === 'shortText')!;

test('two windows on the same answer: the stale window is told, nothing is overwritten, and it can load the stored answer', async ({ page, context, openApp }) => {
  await openApp();
  await createCase(page, { name: 'Zweifensterstadt', ags: '05711000' });
  await page.getByTestId('open-questionnaire').click();
  // The route commits its URL once its page's code is loaded, which may still be under way.
  await expect(page.getByTestId(`answer-${question.id}`)).toBeVisible();
  const url = page.url();
  const other = await context.newPage();
  await other.goto(url);
  await expect(other.getByTestId(`answer-${question.id}`)).toHaveValue('');
  // The other window is at the answer already; a focused input keeps what it shows (live-refresh.spec.ts).
  await other.getByTestId(`answer-${question.id}`).focus();

  await page.getByTestId(`answer-${question.id}`).fill('Frau Erstes Fenster');
  await page.getByTestId(`answer-${question.id}`).blur();
  await expect(page.getByTestId(`status-${question.id}`)).toHaveText('Gespeichert');
  // The other window has heard of the stored answer but, being at the input, still shows none.
  await expect(other.getByTestId(`source-${question.id}`)).toBeVisible();
  await expect(other.getByTestId(`answer-${question.id}`)).toHaveValue('');

  await other.getByTestId(`answer-${question.id}`).fill('Herr Zweites Fenster');
  await other.getByTestId(`answer-${question.id}`).blur();
  await expect(other.getByTestId(`status-${question.id}`)).toContainText('Diese Antwort wurde inzwischen an anderer Stelle geändert (jetzt „Frau Erstes Fenster“');
  await other.getByTestId(`question-${question.id}`).screenshot({ path: test.info().outputPath('veraltet.png') });
  await other.getByTestId(`reload-${question.id}`).click();
  await expect(other.getByTestId(`answer-${question.id}`)).toHaveValue('Frau Erstes Fenster');

  await page.reload();
  await expect(page.getByTestId(`answer-${question.id}`)).toHaveValue('Frau Erstes Fenster');
});

test('two windows on the same justification: the stale window is told, keeps its text until asked, and then shows the stored one', async ({ page, context, openApp }) => {
  const criterion = shippedCatalogue('audit').scoring.fields.find((field) => field.fieldId === 'hf1')!.criteria[0]!;
  await openApp();
  await createCase(page, { name: 'Zweifensterstadt', ags: '05711000' });
  await page.getByTestId('open-scoring').click();
  await expect(page.getByTestId(`justification-${criterion.id}`)).toBeVisible();
  const other = await context.newPage();
  await other.goto(page.url());
  const box = (window: typeof page) => window.getByTestId(`justification-${criterion.id}`);
  const status = (window: typeof page) => window.getByTestId(`justification-${criterion.id}-status`);
  await expect(box(other)).toHaveValue('');
  await box(other).focus();

  await page.getByTestId(`rate-${criterion.id}-3`).check();
  await box(page).fill('Begründung aus dem ersten Fenster');
  await box(page).blur();
  await expect(status(page)).toHaveText('Gespeichert');
  // Typing on in the first window, whose own saves follow each other, is no conflict.
  await box(page).fill('Begründung aus dem ersten Fenster, ergänzt');
  await box(page).blur();
  await expect(status(page)).toHaveText('Gespeichert');

  await box(other).fill('Begründung aus dem zweiten Fenster');
  await box(other).blur();
  await expect(other.getByTestId(`criterion-${criterion.id}`).getByRole('alert')).toContainText('Diese Begründung wurde inzwischen an anderer Stelle geändert (jetzt „Begründung aus dem ersten Fenster, ergänzt“)');
  await expect(status(other)).toContainText('an anderer Stelle geändert');
  await expect(box(other)).toHaveValue('Begründung aus dem zweiten Fenster');
  await other.getByTestId(`criterion-${criterion.id}`).screenshot({ path: test.info().outputPath('begruendung-veraltet.png') });
  await other.getByTestId(`justification-${criterion.id}-reload`).click();
  await expect(box(other)).toHaveValue('Begründung aus dem ersten Fenster, ergänzt');

  await page.reload();
  await expect(box(page)).toHaveValue('Begründung aus dem ersten Fenster, ergänzt');
});

test('two windows on the same measure: the form opened at the older version is told, keeps its entries, and can load the stored measure', async ({ page, context, openApp }) => {
  await openApp();
  await createCase(page, { name: 'Zweifensterstadt', ags: '05711000' });
  await page.getByTestId('open-goals').click();
  await page.getByTestId('new-strategic-hf2-input').fill('Betreuung ausbauen');
  await page.getByTestId('new-strategic-hf2-add').click();
  await page.getByTestId('new-goal-2.A-input').fill('Mehr U3-Plätze');
  await page.getByTestId('new-goal-2.A-add').click();
  await page.getByTestId('goal-2.1').getByTestId('new-measure').click();
  await page.getByTestId('measure-editor').getByTestId('measure-title').fill('Kita Nord erweitern');
  await page.getByTestId('measure-editor').getByTestId('measure-title').press('Enter');
  await expect(page.getByTestId('measure-2.1.1').getByTestId('measure-title')).toHaveText('Kita Nord erweitern');

  const other = await context.newPage();
  await other.goto(page.url());
  const editorIn = async (window: typeof page) => {
    await window.getByTestId('measure-2.1.1').getByTestId('measure-edit').click();
    return window.getByTestId('measure-2.1.1').getByTestId('measure-editor');
  };
  const inOther = await editorIn(other);
  await inOther.getByTestId('measure-responsibleUnit').fill('Jugendamt');

  // The first window changes the same measure and saves; the second window's untouched fields follow it.
  const inFirst = await editorIn(page);
  await inFirst.getByTestId('measure-budget').fill('250.000');
  await inFirst.getByTestId('measure-save').click();
  await expect(page.getByTestId('measure-2.1.1').getByTestId('measure-budget')).toContainText('250.000,00 €');
  await expect(inOther.getByTestId('measure-budget')).toHaveValue('250.000');

  await inOther.getByTestId('measure-save').click();
  await expect(inOther.getByRole('alert')).toContainText('Die Maßnahme „Kita Nord erweitern“ wurde inzwischen an anderer Stelle geändert');
  await expect(inOther.getByTestId('measure-responsibleUnit')).toHaveValue('Jugendamt');
  await inOther.screenshot({ path: test.info().outputPath('massnahme-veraltet.png') });
  await inOther.getByTestId('measure-reload').click();
  await expect(inOther.getByTestId('measure-responsibleUnit')).toHaveValue('');
  await inOther.getByTestId('measure-responsibleUnit').fill('Jugendamt');
  // A form open but untouched while the other window saves follows it and then saves without a conflict.
  const again = await editorIn(page);
  await inOther.getByTestId('measure-save').click();
  await expect(other.getByTestId('measure-2.1.1')).toContainText('Jugendamt');
  await expect(again.getByTestId('measure-responsibleUnit')).toHaveValue('Jugendamt');
  await again.getByTestId('measure-budgetNote').fill('aus dem Kita-Budget');
  await again.getByTestId('measure-save').click();
  await expect(page.getByTestId('measure-2.1.1')).toContainText('Jugendamt');
  await expect(page.getByTestId('measure-2.1.1').getByTestId('measure-budget')).toContainText('250.000,00 €');
  await expect(other.getByTestId('measure-2.1.1')).toContainText('aus dem Kita-Budget');
});
