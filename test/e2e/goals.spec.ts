import type { Page } from '@playwright/test';
import { createCase, expect, test } from './fixtures';

async function addMeasure(page: Page, goalNumber: string, values: { title: string; unit?: string; start?: string; end?: string; budget?: string; priority?: string }) {
  const goal = page.getByTestId(`goal-${goalNumber}`);
  await goal.getByTestId('new-measure').click();
  const editor = goal.getByTestId('measure-editor');
  await editor.getByTestId('measure-title').fill(values.title);
  if (values.unit) await editor.getByTestId('measure-responsibleUnit').fill(values.unit);
  if (values.start) await editor.getByTestId('measure-start').fill(values.start);
  if (values.end) await editor.getByTestId('measure-end').fill(values.end);
  if (values.budget) await editor.getByTestId('measure-budget').fill(values.budget);
  if (values.priority) await editor.getByTestId('measure-priority').selectOption(values.priority);
  await editor.getByTestId('measure-title').press('Enter');
  await expect(goal.getByTestId('measure-editor')).toHaveCount(0);
}

test('build an agreement in two fields, adopt it, amend a measure, file a yearly report, see the progress', async ({ page, openApp }) => {
  await openApp();
  await createCase(page, { name: 'Zielstadt', ags: '05711000' });
  await page.getByTestId('open-goals').click();

  await page.getByTestId('new-strategic-hf1-input').fill('Familienpolitik verankern');
  await page.getByTestId('new-strategic-hf1-add').click();
  await page.getByTestId('new-goal-1.A-input').fill('Familienbericht erstellen');
  await page.getByTestId('new-goal-1.A-add').click();
  await addMeasure(page, '1.1', { title: 'Bericht beauftragen', unit: 'Sozialamt', start: '01/2026', end: '06/2026', budget: '12.000', priority: 'hoch' });

  await page.getByTestId('new-strategic-hf2-input').fill('Betreuung ausbauen');
  await page.getByTestId('new-strategic-hf2-add').click();
  await page.getByTestId('new-goal-2.A-input').fill('Mehr U3-Plätze');
  await page.getByTestId('new-goal-2.A-add').click();
  await addMeasure(page, '2.1', { title: 'Kita Nord erweitern', unit: 'Jugendamt', start: '03/2026', end: '12/2027', budget: '250.000,00' });
  await page.getByTestId('goal-2.1').getByTestId('new-measure').click();
  const editor = page.getByTestId('goal-2.1').getByTestId('measure-editor');
  await editor.getByTestId('measure-title').fill('Tagespflege werben');
  await editor.getByTestId('measure-end').fill('13/2026');
  await editor.getByTestId('measure-save').click();
  await expect(editor.getByText('Bitte Monat und Jahr als MM/JJJJ eingeben, z. B. 03/2026.')).toBeVisible();
  await expect(editor.getByTestId('measure-title')).toHaveValue('Tagespflege werben');
  await editor.getByTestId('measure-end').fill('09/2026');
  await editor.getByTestId('measure-end').press('Enter');

  await expect(page.getByTestId('measure-2.1.2').getByTestId('measure-title')).toHaveText('Tagespflege werben');
  await expect(page.getByTestId('goals-totals')).toHaveText('2 Ziele · 3 Maßnahmen · Budget 262.000,00 €');
  await expect(page.getByTestId('field-budget-hf2')).toHaveText('Budget 250.000,00 €');

  await page.getByTestId('adopt-date').fill('01.03.2026');
  await page.getByTestId('adopt-drucksache').fill('DS 2026/041');
  await page.getByTestId('adopt').click();
  // Recording the resolution is confirmed first: it changes how every later change is recorded.
  await expect(page.getByTestId('adopt-confirm-dialog')).toContainText('Beschluss vom 01.03.2026, Drucksache DS 2026/041');
  await page.screenshot({ path: test.info().outputPath('beschluss-bestaetigen.png') });
  await page.getByTestId('adopt-confirm-yes').click();
  await expect(page.getByTestId('adopted-info')).toContainText('Drucksache DS 2026/041');

  const kita = page.getByTestId('measure-2.1.1');
  await kita.getByTestId('measure-edit').click();
  await kita.getByTestId('measure-budget').fill('300.000');
  await kita.getByTestId('measure-save').click();
  await expect(kita.getByText(/Änderungen brauchen eine Begründung/)).toBeVisible();
  await page.getByTestId('amendment-date').fill('10.05.2026');
  await page.getByTestId('amendment-reason').fill('Baukosten gestiegen');
  await kita.getByTestId('measure-save').click();
  await expect(kita.getByTestId('measure-budget')).toContainText('300.000,00 €');
  await expect(page.getByTestId('amendments')).toContainText('10.05.2026 · Maßnahme 2.1.1 „Kita Nord erweitern“: Budget: 250.000,00 € → 300.000,00 €');
  await expect(page.getByTestId('amendments')).toContainText('Baukosten gestiegen');
  // The reason was used by that amendment; the next change needs its own.
  await expect(page.getByTestId('amendment-reason')).toHaveValue('');

  // A wrongly recorded Drucksache is corrected with a reason, and the correction is kept.
  await page.getByTestId('correct-resolution').click();
  await page.getByTestId('correct-drucksache').fill('DS 2026/042');
  await page.getByTestId('correct-reason').fill('Drucksache falsch abgeschrieben');
  await page.getByTestId('adoption').screenshot({ path: test.info().outputPath('beschluss-korrigieren.png') });
  await page.getByTestId('correct-save').click();
  await expect(page.getByTestId('adopted-info')).toContainText('Drucksache DS 2026/042');
  await expect(page.getByTestId('amendments')).toContainText('Korrektur des Ratsbeschlusses: Drucksache: DS 2026/041 → DS 2026/042');

  await page.getByTestId('report-date').fill('15.11.2026');
  await page.getByTestId('report-status-1.1.1').selectOption('umgesetzt');
  await page.getByTestId('report-status-2.1.1').selectOption('begonnen');
  await page.getByTestId('report-status-2.1.2').selectOption('entfallen');
  await page.getByTestId('report-save').click();
  await expect(page.getByTestId('report-message')).toHaveText('Jahresbericht 1 gespeichert.');

  await expect(page.getByTestId('progress-overall')).toHaveText(/Gesamt\s*3\s*1\s*1\s*0\s*0\s*1/);
  await expect(page.getByTestId('measure-1.1.1').getByTestId('measure-status')).toHaveText('umgesetzt');

  await page.getByTestId('goal-filter-status').selectOption('entfallen');
  await expect(page.locator('[data-testid^="measure-2.1."]')).toHaveCount(1);

  await page.reload();
  await expect(page.getByTestId('amendments')).toContainText('Baukosten gestiegen');
  await expect(page.getByTestId('measure-2.1.2').getByTestId('measure-status')).toHaveText('entfallen');
});

test('measures reorder by dragging and by the arrow buttons, and renumber', async ({ page, openApp }) => {
  await openApp();
  await createCase(page, { name: 'Ziehstadt', ags: '05711004' });
  await page.getByTestId('open-goals').click();
  await page.getByTestId('new-strategic-hf2-input').fill('Betreuung ausbauen');
  await page.getByTestId('new-strategic-hf2-add').click();
  await page.getByTestId('new-goal-2.A-input').fill('Mehr Plätze');
  await page.getByTestId('new-goal-2.A-add').click();
  for (const title of ['Erste', 'Zweite', 'Dritte']) await addMeasure(page, '2.1', { title });
  const titles = () => page.getByTestId('goal-2.1').getByTestId('measure-title').allTextContents();
  await expect.poll(titles).toEqual(['Erste', 'Zweite', 'Dritte']);

  await page.getByTestId('measure-2.1.3').dragTo(page.getByTestId('measure-2.1.1'));
  await expect.poll(titles).toEqual(['Dritte', 'Erste', 'Zweite']);
  await page.getByTestId('measure-2.1.1').getByRole('button', { name: 'Nach unten' }).click();
  await expect.poll(titles).toEqual(['Erste', 'Dritte', 'Zweite']);
  await expect(page.getByTestId('measure-2.1.2').getByTestId('measure-title')).toHaveText('Dritte');
});

test('deleting a goal asks first, naming how many measures go with it', async ({ page, openApp }) => {
  await openApp();
  await createCase(page, { name: 'Löschstadt', ags: '05711008' });
  await page.getByTestId('open-goals').click();
  await page.getByTestId('new-strategic-hf1-input').fill('Strategie');
  await page.getByTestId('new-strategic-hf1-add').click();
  await page.getByTestId('new-goal-1.A-input').fill('Ziel');
  await page.getByTestId('new-goal-1.A-add').click();
  await addMeasure(page, '1.1', { title: 'Maßnahme A' });
  await addMeasure(page, '1.1', { title: 'Maßnahme B' });
  await addMeasure(page, '1.1', { title: 'Maßnahme C' });

  // A single measure is confirmed too.
  await page.getByTestId('measure-1.1.3').getByTestId('measure-remove').click();
  await expect(page.getByTestId('measure-1.1.3').getByTestId('measure-remove-confirm-dialog')).toContainText('Maßnahme 1.1.3 „Maßnahme C“ wird gelöscht.');
  // The cautious answer has the focus, so Enter keeps the measure.
  await expect(page.getByRole('button', { name: 'Abbrechen' })).toBeFocused();
  await page.screenshot({ path: test.info().outputPath('loeschen-bestaetigen.png') });
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('measure-1.1.3')).toBeVisible();
  await page.getByTestId('measure-1.1.3').getByTestId('measure-remove').click();
  await page.getByTestId('measure-1.1.3').getByTestId('measure-remove-confirm-yes').click();
  await expect(page.getByTestId('measure-1.1.3')).toHaveCount(0);

  await page.getByTestId('remove-goal-1.1').click();
  await expect(page.getByTestId('confirm-dialog')).toContainText('Ziel 1.1 „Ziel“ wird mit 2 Maßnahmen darunter gelöscht.');
  await page.getByRole('button', { name: 'Abbrechen' }).click();
  await expect(page.getByTestId('goal-1.1')).toBeVisible();
  await page.getByTestId('remove-goal-1.1').click();
  await page.getByTestId('confirm-yes').click();
  await expect(page.getByTestId('goal-1.1')).toHaveCount(0);
  await expect(page.getByTestId('goals-totals')).toHaveText('0 Ziele · 0 Maßnahmen · Budget 0,00 €');
});
