import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { shippedCatalogue } from '../helpers/catalogues';
import { PROFILE_CHART_SIZE } from '../../shared/reporting/profile-chart-svg';
import { createCase, expect, test } from './fixtures';

const audit = shippedCatalogue('audit');
const criteriaOf = (fieldId: string) => audit.scoring.fields.find((field) => field.fieldId === fieldId)!.criteria;

async function rate(page: Page, criterionId: string, value: number | 'nb') {
  await page.getByTestId(`rate-${criterionId}-${value}`).check();
}

function radarPath(page: Page) {
  return page.locator('.recharts-radar-polygon path').last().getAttribute('d');
}

test('rate criteria in two fields: the profile updates, and everything is kept after a reload', async ({ page, openApp }) => {
  const [h1a, h1b] = criteriaOf('hf1');
  const [h2a] = criteriaOf('hf2');
  await openApp();
  await createCase(page, { name: 'Profilstadt', ags: '05711000' });
  await page.getByTestId('open-scoring').click();
  await expect(page.getByTestId('score-hf1')).toHaveText('–');
  const before = await radarPath(page);

  await rate(page, h1a!.id, 4);
  await rate(page, h1b!.id, 'nb');
  await expect(page.getByTestId('score-hf1')).toHaveText('100');
  await page.getByTestId(`justification-${h1a!.id}`).fill('Ratsbeschluss von 2024 liegt vor.');
  await page.getByTestId('new-staerke').fill('Familienbüro im Rathaus');
  await page.getByTestId('add-staerke').click();
  await expect(page.getByTestId('items-staerke').getByTestId('item-text')).toHaveValue('Familienbüro im Rathaus');

  await page.getByTestId('scoring-field-hf2').click();
  await rate(page, h2a!.id, 2);
  await expect(page.getByTestId('score-hf2')).toHaveText('50');
  await expect(page.getByTestId('overall-score')).toHaveText('75');
  await expect.poll(() => radarPath(page)).not.toBe(before);

  await page.getByTestId('scoring-field-hf1').click();
  await expect(page.getByTestId(`rate-${h1a!.id}-4`)).toBeChecked();
  await page.reload();
  await expect(page.getByTestId(`rate-${h1a!.id}-4`)).toBeChecked();
  await expect(page.getByTestId(`rate-${h1b!.id}-nb`)).toBeChecked();
  await expect(page.getByTestId(`justification-${h1a!.id}`)).toHaveValue('Ratsbeschluss von 2024 liegt vor.');
  await expect(page.getByTestId('items-staerke').getByTestId('item-text')).toHaveValue('Familienbüro im Rathaus');
  await expect(page.getByTestId('score-hf2')).toHaveText('50');

  const download = page.waitForEvent('download');
  await page.getByTestId('export-png').click();
  const png = await download;
  expect(png.suggestedFilename()).toMatch(/^Profil_Profilstadt_\d{4}-\d{2}-\d{2}\.png$/);
  const bytes = readFileSync((await png.path())!);
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  // The picture with title, legend and values that the workbook's cover has, not a copy of the screen's chart.
  expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([PROFILE_CHART_SIZE.width, PROFILE_CHART_SIZE.height]);
});

test('a Re-Audit shows the change per field and the previous strengths beside the current ones', async ({ page, openApp }) => {
  const [h1a] = criteriaOf('hf1');
  await openApp();
  await createCase(page, { name: 'Wiederstadt', ags: '05711004' });
  await page.getByTestId('open-scoring').click();
  await rate(page, h1a!.id, 1);
  await expect(page.getByTestId('score-hf1')).toHaveText('25');
  await page.getByTestId('new-staerke').fill('Aktive Vereine');
  await page.getByTestId('add-staerke').click();
  await expect(page.getByTestId('items-staerke').getByTestId('item-text')).toHaveValue('Aktive Vereine');

  await page.getByRole('link', { name: 'Neuer Auditfall' }).first().click();
  await page.getByTestId('field-name').fill('Wiederstadt');
  await page.getByTestId('field-ags').fill('05711004');
  await page.getByTestId('field-round-reaudit').check();
  await page.getByTestId('field-previous').selectOption({ index: 1 });
  await page.getByTestId('save-case').click();
  await page.getByTestId('open-scoring').click();
  await rate(page, h1a!.id, 3);
  await expect(page.getByTestId('trend-hf1')).toHaveText('besser +50');
  await expect(page.getByTestId('trend-hf2')).toHaveText('ohne Bewertung');
  await expect(page.getByTestId('previous-round')).toContainText('Aktive Vereine');
  await expect(page.locator('.recharts-legend-wrapper')).toContainText('Vorrunde');
});

test('rating works by keyboard alone: arrow keys move along the scale and save', async ({ page, openApp }) => {
  const [first] = criteriaOf('hf3');
  await openApp();
  await createCase(page, { name: 'Tastenstadt', ags: '05711008' });
  await page.getByTestId('open-scoring').click();
  await page.getByTestId('scoring-field-hf3').click();
  await page.getByTestId(`rate-${first!.id}-0`).focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId(`rate-${first!.id}-2`)).toBeChecked();
  await expect(page.getByTestId('score-hf3')).toHaveText('50');
  // Tab order: the scale, then "Bewertung entfernen", then the justification.
  await page.keyboard.press('Tab');
  await expect(page.getByTestId(`unrate-${first!.id}`)).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByTestId(`justification-${first!.id}`)).toBeFocused();
  await page.keyboard.type('Schulsozialarbeit an allen Grundschulen');
  await page.keyboard.press('Tab');
  await page.reload();
  await expect(page.getByTestId(`rate-${first!.id}-2`)).toBeChecked();
  await expect(page.getByTestId(`justification-${first!.id}`)).toHaveValue('Schulsozialarbeit an allen Grundschulen');
});

test('a long strength shows in full at 1366×768, wrapped over several lines', async ({ page, openApp }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await openApp();
  await createCase(page, { name: 'Langtextstadt', ags: '05711000' });
  await page.getByTestId('open-scoring').click();
  const text = 'Ratsbeschluss zum familienpolitischen Leitbild von 2024 mit jährlichem Bericht im Sozialausschuss und fester Koordinierungsstelle';
  await page.getByTestId('new-staerke').fill(text);
  await page.getByTestId('add-staerke').click();
  const entry = page.getByTestId('items-staerke').getByTestId('item-text');
  await expect(entry).toHaveValue(text);
  const size = await entry.evaluate((element) => ({ scroll: element.scrollHeight, client: element.clientHeight, lineHeight: parseFloat(element.ownerDocument.defaultView!.getComputedStyle(element).lineHeight) }));
  expect(size.scroll).toBeLessThanOrEqual(size.client + 1);
  expect(size.client).toBeGreaterThan(2 * size.lineHeight);
  await page.getByTestId('items-staerke').screenshot({ path: test.info().outputPath('staerke.png') });
});
