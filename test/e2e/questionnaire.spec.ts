import type { Question } from '../../shared/catalogue/catalogue-schema';
import { shippedCatalogue } from '../helpers/catalogues';
import { createCase, expect, test } from './fixtures';

const audit = shippedCatalogue('audit');
const hf2 = audit.questionnaire.sections.filter((section) => section.fieldId === 'hf2').flatMap((section) => section.questions);
const hf2Required = hf2.filter((question) => question.required).length;
const find = <T extends Question['type']>(type: T) => {
  const found = hf2.find((question): question is Extract<Question, { type: T }> => question.type === type);
  if (!found) throw new Error(`HF2 has no ${type} question`);
  return found;
};

test('answer HF2 by keyboard, see progress, reload: every answer is still there', async ({ page, openApp }) => {
  const figure = hf2[0]!;
  expect(figure.type === 'number' && figure.stichtag && figure.required).toBe(true);
  const yesNo = find('yesPartlyNo');

  await openApp();
  await createCase(page, { name: 'Fragestadt', ags: '05711000' });
  await page.getByTestId('open-questionnaire').click();
  await page.getByTestId('group-hf2').click();
  await expect(page.getByTestId('group-title')).toContainText('HF2');

  await page.getByTestId(`answer-${figure.id}`).focus();
  await page.keyboard.type('12,5');
  await page.keyboard.press('Tab');
  await expect(page.getByTestId(`error-${figure.id}`)).toHaveText('12,5 hat zu viele Nachkommastellen. Bitte eine ganze Zahl eingeben.');
  await expect(page.getByTestId(`answer-${figure.id}`)).toHaveValue('12,5');

  await page.getByTestId(`answer-${figure.id}`).focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('1.234');
  await page.keyboard.press('Tab');
  await page.keyboard.type('01.03.2026');
  await page.keyboard.press('Tab');
  await expect(page.getByTestId(`status-${figure.id}`)).toHaveText('Gespeichert');
  await expect(page.getByTestId(`error-${figure.id}`)).toHaveCount(0);
  await page.keyboard.press('Enter');
  await page.keyboard.type('laut Kita-Bedarfsplanung');
  await page.keyboard.press('Tab');

  await page.getByTestId(`answer-${yesNo.id}-ja`).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId(`answer-${yesNo.id}-teilweise`)).toBeChecked();
  await expect(page.getByTestId(`status-${yesNo.id}`)).toHaveText('Gespeichert');

  const requiredDone = 1 + (yesNo.required ? 1 : 0);
  const answeredHf2 = 2;
  await expect(page.getByTestId('group-progress-hf2')).toHaveText(`${answeredHf2}/${hf2.length}`);
  await expect(page.getByTestId('group-required-hf2')).toHaveText(`Pflicht ${requiredDone}/${hf2Required}`);
  await expect(page.getByTestId(`source-${figure.id}`)).toContainText('Auditor/in');

  await page.reload();
  await expect(page.getByTestId(`answer-${figure.id}`)).toHaveValue('1.234');
  await expect(page.getByTestId(`stichtag-${figure.id}`)).toHaveValue('01.03.2026');
  await expect(page.getByTestId(`comment-${figure.id}`)).toHaveValue('laut Kita-Bedarfsplanung');
  await expect(page.getByTestId(`answer-${yesNo.id}-teilweise`)).toBeChecked();
  await expect(page.getByTestId('group-progress-hf2')).toHaveText(`${answeredHf2}/${hf2.length}`);
  await expect(page.getByTestId('group-required-hf2')).toHaveText(`Pflicht ${requiredDone}/${hf2Required}`);
});

test('typing and reloading at once loses nothing', async ({ page, openApp }) => {
  const text = find('longText');
  const choices = find('multipleChoice');
  await openApp();
  await createCase(page, { name: 'Eilstadt', ags: '05711004' });
  await page.getByTestId('open-questionnaire').click();
  await page.getByTestId('group-hf2').click();
  await page.getByTestId(`answer-${choices.id}-${choices.options[1]!.id}`).check();
  await page.getByTestId(`answer-${text.id}`).fill('Ferienbetreuung in allen Schulferien außer Weihnachten');
  await page.reload();
  await expect(page.getByTestId(`answer-${text.id}`)).toHaveValue('Ferienbetreuung in allen Schulferien außer Weihnachten');
  await expect(page.getByTestId(`answer-${choices.id}-${choices.options[1]!.id}`)).toBeChecked();
});

test('jump between fields; the next-field button leads on', async ({ page, openApp }) => {
  await openApp();
  await createCase(page, { name: 'Sprungstadt', ags: '05711008' });
  await page.getByTestId('open-questionnaire').click();
  await expect(page.getByTestId('group-title')).toContainText('HF1');
  await page.getByTestId('next-group').click();
  await expect(page.getByTestId('group-title')).toContainText('HF2');
  await page.getByTestId('group-hf6').click();
  await expect(page.getByTestId('group-title')).toContainText('HF6 Senioren und Generationen');
  await expect(page.getByTestId('next-group')).toHaveCount(0);
});

test('an exclusive option (“Keine”) cannot be combined: choosing it clears the others, and the other way round', async ({ page, openApp }) => {
  const question = hf2.find((candidate): candidate is Extract<Question, { type: 'multipleChoice' }> => candidate.type === 'multipleChoice' && candidate.options.some((option) => option.exclusive))!;
  const none = question.options.find((option) => option.exclusive)!;
  const [first, second] = question.options.filter((option) => !option.exclusive);
  await openApp();
  await createCase(page, { name: 'Keinestadt', ags: '05711000' });
  await page.getByTestId('open-questionnaire').click();
  await page.getByTestId('group-hf2').click();
  const box = (id: string) => page.getByTestId(`answer-${question.id}-${id}`);
  await box(first!.id).check();
  await box(second!.id).check();
  await box(none.id).check();
  await expect(box(first!.id)).not.toBeChecked();
  await expect(box(second!.id)).not.toBeChecked();
  await expect(page.getByTestId(`status-${question.id}`)).toHaveText('Gespeichert');
  await page.reload();
  await expect(box(none.id)).toBeChecked();
  await box(first!.id).check();
  await expect(box(none.id)).not.toBeChecked();
  await expect(page.getByTestId(`status-${question.id}`)).toHaveText('Gespeichert');
  await page.reload();
  await expect(box(first!.id)).toBeChecked();
  await expect(box(none.id)).not.toBeChecked();
});
