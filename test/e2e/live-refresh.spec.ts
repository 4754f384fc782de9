import type { Page, Route } from '@playwright/test';
import { shippedCatalogue } from '../helpers/catalogues';
import { createCase, expect, test } from './fixtures';

const hf1 = shippedCatalogue('audit')
  .questionnaire.sections.filter((section) => section.fieldId === 'hf1')
  .flatMap((section) => section.questions);
const x = hf1.find((question) => question.type === 'shortText');
const y = hf1.find((question) => question.type === 'longText');
const z = hf1.find((question) => question.type === 'currency');
if (!x || !y || !z) throw new Error('HF1 needs a short text, a long text and a currency question for this test');

/** Opens a second window on the same address and waits until it hears the backend's events. */
async function secondWindow(page: Page, url: string): Promise<Page> {
  const other = await page.context().newPage();
  const stream = other.waitForResponse((response) => response.url().includes('/api/events'));
  await other.goto(url);
  await stream;
  return other;
}

/** Holds a window's answer saves until released, so that they stay unsaved meanwhile. */
async function holdSaves(window: Page) {
  const held: Route[] = [];
  let holding = true;
  await window.route('**/api/invoke', async (route) => {
    const method = (JSON.parse(route.request().postData() ?? '{}') as { method?: string }).method;
    if (holding && method === 'questionnaire.saveAnswer') held.push(route);
    else await route.continue();
  });
  return {
    count: () => held.length,
    async release() {
      holding = false;
      for (const route of held.splice(0)) await route.continue();
    },
  };
}

test('questionnaire: another window’s answer appears without reload, while typed and unsaved answers keep the user’s text', async ({ page, openApp }) => {
  await openApp();
  await createCase(page, { name: 'Livestadt', ags: '05711000' });
  await page.getByTestId('open-questionnaire').click();
  await expect(page.getByTestId(`answer-${x.id}`)).toHaveValue('');
  const windowB = await secondWindow(page, page.url());
  const saves = await holdSaves(windowB);

  // B: Y typed and left, its save not stored yet; Z typed and still focused.
  await windowB.getByTestId(`answer-${y.id}`).fill('Entwurf aus Fenster B');
  await windowB.getByTestId(`answer-${y.id}`).blur();
  await windowB.getByTestId(`answer-${z.id}`).fill('7');
  await expect.poll(saves.count).toBe(2);
  await expect(windowB.getByTestId(`status-${y.id}`)).toHaveText('Speichert …');

  // A changes X (untouched in B) and Z (being edited in B).
  for (const [question, text] of [[x, 'Neu aus Fenster A'], [z, '120']] as const) {
    await page.getByTestId(`answer-${question.id}`).fill(text);
    await page.getByTestId(`answer-${question.id}`).blur();
    await expect(page.getByTestId(`status-${question.id}`)).toHaveText('Gespeichert');
  }

  await expect(windowB.getByTestId(`answer-${x.id}`)).toHaveValue('Neu aus Fenster A');
  await expect(windowB.getByTestId(`source-${x.id}`)).toBeVisible();
  await expect(windowB.getByTestId(`answer-${y.id}`)).toHaveValue('Entwurf aus Fenster B');
  await expect(windowB.getByTestId(`answer-${z.id}`)).toHaveValue('7');
  await expect(windowB.getByTestId(`answer-${z.id}`)).toBeFocused();
  await windowB.screenshot({ path: test.info().outputPath('fenster-b-nach-aktualisierung.png'), fullPage: true });

  // B's held saves arrive: Y is stored; Z was changed by A meanwhile, so B is told and keeps its text.
  await saves.release();
  await expect(windowB.getByTestId(`status-${y.id}`)).toHaveText('Gespeichert');
  await expect(windowB.getByTestId(`status-${z.id}`)).toContainText('Diese Antwort wurde inzwischen an anderer Stelle geändert');
  await expect(windowB.getByTestId(`answer-${z.id}`)).toHaveValue('7');
  // And A, untouched at Y, shows B's answer.
  await expect(page.getByTestId(`answer-${y.id}`)).toHaveValue('Entwurf aus Fenster B');
  await expect(page.getByTestId(`answer-${z.id}`)).toHaveValue('120');

  await windowB.getByTestId(`reload-${z.id}`).click();
  await expect(windowB.getByTestId(`answer-${z.id}`)).toHaveValue(/^120\b/);
  await expect(windowB.getByTestId(`answer-${y.id}`)).toHaveValue('Entwurf aus Fenster B');
});

test('goals: a goal added in one window appears in the other, whose unsent entry stays', async ({ page, openApp }) => {
  await openApp();
  await createCase(page, { name: 'Zielfensterstadt', ags: '05711000' });
  await page.getByTestId('open-goals').click();
  await expect(page.getByTestId('goal-tree')).toBeVisible();
  const windowB = await secondWindow(page, page.url());
  await expect(windowB.getByTestId('goal-tree')).toBeVisible();

  await windowB.getByTestId('new-strategic-hf1-input').fill('Entwurf aus Fenster B');

  await page.getByTestId('new-strategic-hf2-input').fill('Betreuung ausbauen');
  await page.getByTestId('new-strategic-hf2-add').click();
  await page.getByTestId('new-goal-2.A-input').fill('Mehr U3-Plätze');
  await page.getByTestId('new-goal-2.A-add').click();
  await expect(page.getByTestId('goal-2.1')).toBeVisible();

  await expect(windowB.getByTestId('goals-field-hf2')).toContainText('Betreuung ausbauen');
  await expect(windowB.getByTestId('goal-2.1')).toContainText('Mehr U3-Plätze');
  await expect(windowB.getByTestId('goals-totals')).toHaveText(/^1 Ziel · 0 Maßnahmen/);
  await expect(windowB.getByTestId('new-strategic-hf1-input')).toHaveValue('Entwurf aus Fenster B');
  await expect(windowB.getByTestId('new-strategic-hf1-input')).toBeFocused();
  await windowB.screenshot({ path: test.info().outputPath('ziele-fenster-b.png'), fullPage: true });

  await windowB.getByTestId('new-strategic-hf1-add').click();
  await expect(page.getByTestId('goals-field-hf1')).toContainText('Entwurf aus Fenster B');
});
