import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { seedCompleteCase } from './seed-complete';
import { printedReportProblems } from './report-layout';

const pdftotextMissing = spawnSync('pdftotext', ['-v']).error !== undefined;
const skipReason = pdftotextMissing ? 'pdftotext is not installed (apt-get install poppler-utils)' : null;
if (skipReason) console.log(`[report PDF test] skipped: ${skipReason}`);

test('the Auditbericht renders to a PDF with every section, page numbers, and no clipped tables', async ({ page, webApp, openApp }) => {
  test.skip(skipReason !== null, `Report PDF test skipped: ${skipReason ?? ''}`); // reason computed and printed above
  const caseId = await seedCompleteCase(webApp.dataDir, 'Berichtstadt');
  await openApp(`#/faelle/${caseId}/bericht`);
  await expect(page.locator('.report .recharts-radar-polygon')).toHaveCount(1);
  for (const section of ['report-case', 'report-scoring', 'report-agreement', 'report-certification']) await expect(page.getByTestId(section)).toBeVisible();

  expect(await printedReportProblems(page)).toEqual({ clippedTables: 0, brokenWords: [] });
  await expect(page.locator('.measures-table .strategic-row').first()).toBeVisible();
  await expect(page.locator('.measures-table .field-row')).not.toHaveCount(0);

  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const file = join(mkdtempSync(join(tmpdir(), 'familienaudit-report-')), 'bericht.pdf');
  writeFileSync(file, pdf);
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  for (const heading of ['Auditbericht – Berichtstadt', '1. Auditfall', 'Zeitplan', '2. Stärken/Schwächen-Profil', '3. Zielvereinbarung', '4. Beteiligung', '5. Begutachtung und Empfehlung', 'Formale Prüfungen']) {
    expect(text, heading).toContain(heading);
  }
  const pages = Number(/Seite 1 von (\d+)/.exec(text)?.[1]);
  expect(pages).toBeGreaterThanOrEqual(4);
  expect(text).toContain(`Seite ${pages} von ${pages}`);
  expect(text).not.toContain('Drucken / als PDF speichern');
});
