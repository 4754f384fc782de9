import { expect, test } from './fixtures';
import { seedCases } from './seed';

test('“beheben” on a finding leads to the exact question or goal field and focuses it; long lists fold, nothing is cut', async ({ page, webApp, openApp }) => {
  await seedCases(webApp.dataDir, 1);
  await openApp();
  await page.getByTestId('case-link').first().click();
  await page.getByRole('link', { name: /Zertifizierung/ }).first().click();

  const questions = page.getByTestId('check-fragebogen-vollstaendig');
  await expect(questions.getByTestId('fix-detail').first()).toBeVisible();
  const folded = questions.locator('.more-details summary');
  await expect(folded).toHaveText(/^\d+ weitere Befunde anzeigen$/);
  const shownAtFirst = await questions.getByTestId('fix-detail').filter({ visible: true }).count();
  const hidden = Number((await folded.textContent())!.split(' ')[0]);
  await folded.click();
  await expect(questions.getByTestId('fix-detail').filter({ visible: true })).toHaveCount(shownAtFirst + hidden);

  const firstFinding = (await questions.locator('ul > li').first().textContent())!;
  await questions.getByTestId('fix-detail').first().click();
  await expect(page).toHaveURL(/#\/faelle\/[^/]+\/fragebogen\/[^/?]+\?fokus=frage-/);
  const focusedQuestion = page.locator('li.question.fix-target');
  await expect(focusedQuestion).toHaveCount(1);
  await expect(focusedQuestion.locator(':focus')).toHaveCount(1);
  const questionText = firstFinding.replace(/\s*beheben$/, '').split(': ').slice(1).join(': ');
  await expect(focusedQuestion).toContainText(questionText);

  await page.goBack();
  const fields = page.getByTestId('check-felder-abgedeckt');
  const fieldFinding = (await fields.locator('ul > li').nth(2).textContent())!.replace(/\s*beheben$/, '');
  await fields.getByTestId('fix-detail').nth(2).click();
  await expect(page).toHaveURL(/#\/faelle\/[^/]+\/ziele\?fokus=ziele-feld-/);
  const focusedField = page.locator('section.goal-field.fix-target');
  await expect(focusedField.locator(':focus')).toHaveCount(1);
  await expect(focusedField.locator('h2')).toContainText(fieldFinding.replace(/: kein Ziel$/, '').split(' ').slice(1).join(' '));
});
