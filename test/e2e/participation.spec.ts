import { createCase, expect, test } from './fixtures';
import { expectNoSeriousA11yViolations } from './a11y';

test('record a Zukunftswerkstatt with counts and protocol and a project group; a wrong entry is told at its field; the timeline and the formal check follow', async ({ page, openApp }) => {
  await openApp();
  await createCase(page, { name: 'Werkstattstadt', ags: '05711000' });
  await page.getByTestId('open-participation').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Beteiligung und Werkstätten');
  await expect(page.getByTestId('format-table')).toContainText('Zukunftswerkstatt');
  await expect(page.getByTestId('format-table')).toContainText('Netzwerktreffen');

  await page.getByTestId('event-add').click();
  const form = page.getByTestId('event-form');
  await form.getByTestId('event-format').selectOption({ label: 'Zukunftswerkstatt (Beteiligungsphase)' });
  await form.getByTestId('event-title').fill('Wie wollen wir hier künftig leben?');
  await form.getByTestId('event-date').fill('31.02.2026');
  await form.getByTestId('event-count-buerger').fill('viele');
  await form.getByTestId('event-save').click();
  await expect(form.getByText('Den 31.02.2026 gibt es nicht im Kalender.')).toBeVisible();
  await expect(form.getByText('Bitte eine ganze Zahl, z. B. 25.')).toBeVisible();
  await form.screenshot({ path: test.info().outputPath('veranstaltung-fehler.png') });

  await form.getByTestId('event-date').fill('18.04.2026');
  await form.getByTestId('event-place').fill('SKV-Halle');
  await form.getByTestId('event-count-buerger').fill('1.250');
  await form.getByTestId('event-count-jugend').fill('14');
  await form.getByLabel('Organisation 1').fill('Musikverein');
  await form.getByTestId('event-protocol').fill('Ergebnisse:\n- Backhaustag\n- <b>Bürgerbus</b>\n\n1. Ideen bündeln');
  const preview = form.getByTestId('event-protocol-preview');
  await expect(preview.locator('li')).toHaveText(['Backhaustag', '<b>Bürgerbus</b>', 'Ideen bündeln']);
  await expect(preview.locator('b')).toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath('veranstaltung-erfassen.png'), fullPage: true });
  await form.getByTestId('event-save').click();
  await expect(page.getByTestId('event-form')).toHaveCount(0);

  await page.getByTestId('member-add').click();
  const member = page.getByTestId('member-form');
  await member.getByTestId('member-save').click();
  await expect(member.getByText('Bitte den Namen angeben.')).toBeVisible();
  await member.getByTestId('member-name').fill('Anna Beispiel');
  await member.getByTestId('member-group').selectOption({ label: 'Verwaltung' });
  await member.getByTestId('member-role').fill('Projektleitung');
  await member.getByTestId('member-from').fill('15.01.2026');
  await member.getByTestId('member-save').click();
  await expect(page.getByTestId('member-row')).toHaveCount(1);

  await page.reload();
  const event = page.locator('[data-testid^="event-"].event');
  await expect(event).toHaveCount(1);
  await expect(event).toContainText('Zukunftswerkstatt – Wie wollen wir hier künftig leben?');
  await expect(event.getByTestId('event-participants')).toHaveText('1.264 (Bürger/innen 1.250 · Kinder und Jugendliche 14)');
  await event.getByText('Protokoll').click();
  await expect(event.getByTestId('event-protocol-text').locator('ul li')).toHaveText(['Backhaustag', '<b>Bürgerbus</b>']);
  await expect(page.getByTestId('member-row')).toContainText('Anna Beispiel');
  await expect(page.getByTestId('member-row')).toContainText('seit 15.01.2026');
  await page.screenshot({ path: test.info().outputPath('beteiligung.png'), fullPage: true });
  await expectNoSeriousA11yViolations(page, 'Beteiligung');

  await page.goto(page.url().replace(/\/beteiligung.*$/, ''));
  await expect(page.getByTestId('phase-beteiligung').getByTestId('phase-events')).toContainText('Zukunftswerkstatt – Wie wollen wir hier künftig leben?, 18.04.2026');
  await page.getByTestId('open-certification').click();
  const check = page.getByTestId('formal-checks').locator('li', { hasText: 'Eine Beteiligung mit Bürgerinnen und Bürgern hat stattgefunden' });
  await expect(check).toBeVisible();
  await expect(check).not.toContainText('Keine Veranstaltung');
});

test('an event without participants does not pass the formal check, and its finding leads to the events', async ({ page, openApp }) => {
  await openApp();
  await createCase(page, { name: 'Leerstadt', ags: '05711000' });
  await page.getByTestId('open-certification').click();
  const check = page.getByTestId('formal-checks').locator('li', { hasText: 'Eine Beteiligung mit Bürgerinnen und Bürgern hat stattgefunden' });
  await expect(check).toContainText('Keine Veranstaltung mit Bürgerinnen und Bürgern (Bürgerbefragung, Zukunftswerkstatt, Stadtteilgespräch) mit Datum und Teilnehmenden erfasst.');
  await check.getByTestId('fix-detail').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Beteiligung und Werkstätten');
  await expect(page.locator('#veranstaltungen')).toHaveClass(/fix-target/);
  await expect(page.getByTestId('event-add')).toBeFocused();
});
