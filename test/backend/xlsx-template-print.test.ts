import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { testBackend } from '../helpers/backend';
import { exportTemplate } from '../helpers/workbooks';
import { tempDir } from '../helpers/temp-dir';

const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' });
const pdftotext = spawnSync('pdftotext', ['-v'], { encoding: 'utf8' });
const skipReason = soffice.status !== 0 ? 'LibreOffice (soffice) is not installed (apt-get install libreoffice-calc-nogui)' : pdftotext.status !== 0 ? 'pdftotext is not installed (apt-get install poppler-utils)' : null;
if (skipReason) console.log(`[template print test] skipped: ${skipReason}`);

const pageTexts = (pdf: string, pages: number) => Array.from({ length: pages }, (_, index) => execFileSync('pdftotext', ['-f', String(index + 1), '-l', String(index + 1), '-layout', pdf, '-'], { encoding: 'utf8' }));

describe('the fill-in workbook on paper', () => {
  it('sets A4, one page wide, the header row on every page and rows as high as their text', async () => {
    const backend = await testBackend();
    const created = await backend.call('cases.create', { municipalityName: 'Druckstadt', ags: '05711000', kind: 'kommune' });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await exportTemplate(backend, created.id)) as unknown as ExcelJS.Buffer);
    for (const sheet of workbook.worksheets.filter((candidate) => candidate.state === 'visible')) {
      expect(sheet.pageSetup, sheet.name).toMatchObject({ paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
      if (sheet.name === 'Anleitung') continue;
      expect(sheet.pageSetup.printTitlesRow, sheet.name).toBe('1:1');
      const longHelp = sheet.getRows(2, sheet.rowCount - 1)!.find((row) => String(row.getCell(4).value ?? '').length > 120)!;
      expect(longHelp.height, `${sheet.name}: a row with a long hint`).toBeGreaterThanOrEqual(60);
    }
  });

  it.skipIf(skipReason !== null)('prints in LibreOffice with every column on each page and the header repeated', async () => {
    const backend = await testBackend();
    const created = await backend.call('cases.create', { municipalityName: 'Druckstadt', ags: '05711000', kind: 'kommune' });
    const dir = tempDir();
    writeFileSync(join(dir, 'fragebogen.xlsx'), await exportTemplate(backend, created.id));
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'pdf', '--outdir', dir, join(dir, 'fragebogen.xlsx')], { stdio: 'ignore', timeout: 120_000 });
    const pdf = join(dir, 'fragebogen.pdf');
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
    expect(/Page size:\s+([\d.]+) x ([\d.]+)/.exec(info)!.slice(1).map(Number).sort((a, b) => a - b)).toEqual([595.276, 841.89].map((size) => expect.closeTo(size, 0)));
    // The instructions and one sheet per field; a split table would need several pages per field.
    expect(pages).toBeLessThanOrEqual(1 + 6 * 2);
    const texts = pageTexts(pdf, pages);
    expect(texts[0]).toContain('So füllen Sie den Fragebogen aus');
    for (const [index, text] of texts.slice(1).entries()) {
      for (const title of ['ID', 'Frage', 'Hinweis', 'Antwort', 'Stichtag', 'Kommentar']) expect(text, `page ${index + 2}: column ${title}`).toContain(title);
    }
  }, 180_000);
});
