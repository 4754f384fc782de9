import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCase, expect, invokeApi, test } from './fixtures';
import { printedReportProblems } from './report-layout';
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

test('run a Zukunftswerkstatt in Werkstatt-Modus by keyboard: ideas in two fields, votes, undo; after a reload the top idea becomes a measure, linked on both sides', async ({ page, openApp, webApp }) => {
  await openApp();
  await createCase(page, { name: 'Ideenstadt', ags: '05711000' });
  const caseId = page.url().split('/faelle/')[1]!.split(/[/?]/)[0]!;
  const agreement = (await invokeApi(webApp, 'goals.addNode', { caseId, kind: 'strategic', parentId: 'hf5', title: 'Mobil in jedem Alter' })) as { fields: { id: string; strategicGoals: { id: string }[] }[] };
  const strategic = agreement.fields.find((field) => field.id === 'hf5')!.strategicGoals[0]!.id;
  await invokeApi(webApp, 'goals.addNode', { caseId, kind: 'goal', parentId: strategic, title: 'Abends mobil' });
  await invokeApi(webApp, 'participation.saveEvent', { caseId, event: { formatId: 'zukunftswerkstatt', title: 'Zukunft gestalten', heldOn: '2026-04-18', participants: { buerger: 48 } } });

  await page.setViewportSize({ width: 1280, height: 720 });
  await page.getByTestId('open-participation').click();
  await page.getByTestId('event-werkstatt').click();
  const board = page.getByTestId('werkstatt');
  await expect(board.getByRole('heading', { level: 1 })).toHaveText('Ideenspeicher – Zukunftswerkstatt · Zukunft gestalten · 18.04.2026');

  const hf2 = board.getByLabel('Neue Idee für HF2 Familie und Arbeitswelt, Betreuung');
  await hf2.focus();
  await page.keyboard.type('Kita bis 18 Uhr');
  await page.keyboard.press('Enter');
  await expect(board.getByTestId('werkstatt-status')).toHaveText('Gespeichert: „Kita bis 18 Uhr“');
  await page.keyboard.type('Ferienbetreuung an allen Schulen');
  await page.keyboard.press('Enter');
  await expect(board.getByTestId('werkstatt-status')).toHaveText('Gespeichert: „Ferienbetreuung an allen Schulen“');
  const hf5 = board.getByLabel('Neue Idee für HF5 Wohnumfeld und Lebensqualität');
  await hf5.focus();
  await page.keyboard.type('Bürgerbus am Abend');
  await page.keyboard.press('Enter');
  await expect(board.getByTestId('werkstatt-status')).toHaveText('Gespeichert: „Bürgerbus am Abend“');

  // Down from the input to the idea, three dots, one back, and the last action undone.
  await page.keyboard.press('ArrowDown');
  const bus = board.getByTestId('werkstatt-idea').filter({ hasText: 'Bürgerbus am Abend' });
  await expect(bus).toBeFocused();
  for (const _ of [1, 2, 3]) await page.keyboard.press('+');
  await expect(bus.getByTestId('werkstatt-votes')).toHaveText('3');
  await page.keyboard.press('-');
  await expect(bus.getByTestId('werkstatt-votes')).toHaveText('2');
  await page.keyboard.press('Control+z');
  await expect(board.getByTestId('werkstatt-status')).toHaveText('Rückgängig: Punkt für „Bürgerbus am Abend“ zurückgenommen');
  await expect(bus.getByTestId('werkstatt-votes')).toHaveText('3');
  // Left over the empty fields to the first idea of HF2.
  await page.keyboard.press('ArrowLeft');
  const kita = board.getByTestId('werkstatt-idea').filter({ hasText: 'Kita bis 18 Uhr' });
  await expect(kita).toBeFocused();
  await page.keyboard.press('+');
  await expect(board.getByTestId('werkstatt-total')).toHaveText('3 Ideen · 4 Punkte');
  await page.screenshot({ path: test.info().outputPath('werkstatt-1280x720.png') });
  await expectNoSeriousA11yViolations(page, 'Werkstatt-Modus');

  await page.reload();
  await expect(board.getByTestId('werkstatt-total')).toHaveText('3 Ideen · 4 Punkte');
  await expect(bus.getByTestId('werkstatt-votes')).toHaveText('3');
  await board.getByTestId('werkstatt-close').click();

  const top = page.getByTestId('idea-row').first();
  await expect(top).toContainText('Bürgerbus am Abend');
  await top.getByTestId('idea-make-measure').click();
  await expect(top.getByTestId('idea-target').locator('option:checked')).toHaveText('5.1 Abends mobil');
  await top.getByTestId('idea-to-measure-save').click();
  await expect(top.getByTestId('idea-measure')).toHaveText('5.1.1 Bürgerbus am Abend');
  await expect(top.getByRole('cell').nth(3)).toHaveText('als Maßnahme übernommen');
  await page.screenshot({ path: test.info().outputPath('ideenspeicher.png'), fullPage: true });
  await top.getByTestId('idea-measure').click();
  await expect(page.getByTestId('measure-ideas')).toHaveText('Aus der Beteiligung: „Bürgerbus am Abend“');

  await page.goto(page.url().replace(/\/ziele.*$/, '/bericht'));
  const summary = page.getByTestId('report-participation-summary');
  await expect(summary).toContainText('1 Veranstaltung (1 mit Datum und Teilnehmenden, davon 1 mit Bürgerinnen und Bürgern), 48 Teilnehmende, 3 Ideen; 1 von 1 Maßnahme (100 %) aus der Beteiligung.');
  await page.getByTestId('report-participation').screenshot({ path: test.info().outputPath('bericht-beteiligung.png') });
  expect(await printedReportProblems(page)).toEqual({ clippedTables: 0, brokenWords: [] });

  // Topics: two ideas under one, and the board by topic shows it as a column.
  await page.goto(page.url().replace(/\/bericht.*$/, '/beteiligung'));
  for (const text of ['Kita bis 18 Uhr', 'Ferienbetreuung an allen Schulen']) {
    const topic = page.getByTestId('idea-row').filter({ hasText: text }).getByTestId('idea-topic');
    await topic.fill('Betreuung');
    await topic.press('Enter');
    await expect(topic).toHaveValue('Betreuung');
  }
  await page.getByTestId('open-werkstatt').click();
  await page.getByTestId('werkstatt-by-cluster').click();
  await expect(page.getByTestId('werkstatt-column-cluster-Betreuung').getByTestId('werkstatt-idea')).toHaveCount(2);
  await expect(page.getByTestId('werkstatt-column-cluster-').getByRole('heading')).toHaveText('Ohne Thema');
});

const CONTRIBUTIONS = [
  ['Zeitstempel', 'Ihre Idee', 'Handlungsfeld', 'Ich bin', 'Punkte'],
  ['01.05.2026 10:00', 'Längere Öffnungszeiten der Kita', 'HF2', 'Bürger/innen', '4'],
  ['01.05.2026 10:05', 'Bürgerbus am Abend; auch sonntags', 'Wohnumfeld und Lebensqualität', 'Kinder und Jugendliche', ''],
  ['01.05.2026 10:09', 'Treffpunkt „Jung & Alt“ im Rathaus', 'hf6', '', '12'],
];

test('import contributions from a Windows-1252 CSV: problems by row refuse it all, a corrected file imports all', async ({ page, openApp }) => {
  await openApp();
  await createCase(page, { name: 'Umfragestadt', ags: '05711000' });
  await page.getByTestId('open-participation').click();
  const quoted = (cell: string) => (/[;"]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
  const csv = (rows: string[][]) => iconv.encode(rows.map((row) => row.map(quoted).join(';')).join('\r\n'), 'win1252');
  const chooser = page.getByTestId('idea-import').locator('input[type=file]');
  await chooser.setInputFiles({ name: 'umfrage.csv', mimeType: 'text/csv', buffer: csv([...CONTRIBUTIONS, ['01.05.2026 11:00', 'Seilbahn', 'HF9', 'Presse', 'viele']]) });
  const preview = page.getByTestId('idea-import-preview');
  await expect(preview).toContainText('CSV, Windows-1252, Trennzeichen „;“ · 4 Zeilen');
  await expect(preview.getByTestId('idea-map-text')).toHaveValue('Ihre Idee');
  await expect(preview.getByTestId('idea-map-field')).toHaveValue('Handlungsfeld');
  await preview.getByTestId('idea-map-group').selectOption('Ich bin');
  await expect(preview.getByTestId('idea-import-problems').locator('tbody tr')).toHaveCount(3);
  await expect(preview.getByTestId('idea-import-problems')).toContainText('„HF9“ ist kein Feld dieses Verfahrens');
  await expect(preview.getByTestId('idea-import-problems')).toContainText('„Presse“ ist keine Gruppe');
  await expect(preview.getByTestId('idea-import-apply')).toBeDisabled();
  await preview.screenshot({ path: test.info().outputPath('import-probleme.png') });

  await chooser.setInputFiles({ name: 'umfrage.csv', mimeType: 'text/csv', buffer: csv(CONTRIBUTIONS) });
  await preview.getByTestId('idea-map-group').selectOption('Ich bin');
  await expect(preview.getByTestId('idea-import-count')).toHaveText('3 Ideen lesbar.');
  await preview.getByTestId('idea-import-apply').click();
  await expect(page.getByTestId('idea-import-message')).toHaveText('3 Ideen aus „umfrage.csv“ übernommen.');
  await expect(page.getByTestId('idea-row')).toHaveText([/^Treffpunkt „Jung & Alt“ im RathausHF612/, /^Längere Öffnungszeiten der KitaHF24/, /^Bürgerbus am Abend; auch sonntagsHF50/]);
});

const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' });
const noLibreOffice = soffice.status !== 0 ? 'LibreOffice (soffice) is not installed (apt-get install libreoffice-calc-nogui)' : null;
if (noLibreOffice) console.log(`[idea import from LibreOffice e2e] skipped: ${noLibreOffice}`);

test('import contributions from an XLSX re-saved by LibreOffice', async ({ page, openApp }) => {
  test.skip(noLibreOffice !== null, `LibreOffice import test skipped: ${noLibreOffice ?? ''}`); // reason computed and printed above
  const dir = mkdtempSync(join(tmpdir(), 'familienaudit-karten-'));
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Karten');
  CONTRIBUTIONS.forEach((row, number) => sheet.addRow(row.map((cell, index) => (number > 0 && index === 4 && cell !== '' ? Number(cell) : cell))));
  await workbook.xlsx.writeFile(join(dir, 'karten.xlsx'));
  mkdirSync(join(dir, 'lo'));
  execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'xlsx', '--outdir', join(dir, 'lo'), join(dir, 'karten.xlsx')], { stdio: 'pipe', timeout: 120_000 });

  await openApp();
  await createCase(page, { name: 'Kartenstadt', ags: '05711000' });
  await page.getByTestId('open-participation').click();
  await page.getByTestId('idea-import').locator('input[type=file]').setInputFiles(join(dir, 'lo', 'karten.xlsx'));
  const preview = page.getByTestId('idea-import-preview');
  await expect(preview).toContainText('Excel-Arbeitsmappe, erstes Blatt · 3 Zeilen');
  await expect(preview.getByTestId('idea-import-count')).toHaveText('3 Ideen lesbar.');
  await preview.getByTestId('idea-import-apply').click();
  await expect(page.getByTestId('idea-import-message')).toHaveText('3 Ideen aus „karten.xlsx“ übernommen.');
  await expect(page.getByTestId('idea-row')).toHaveCount(3);
  rmSync(dir, { recursive: true, force: true });
});
