import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testBackend } from '../helpers/backend';
import { tempDir } from '../helpers/temp-dir';

const base = { municipalityName: 'Umfragestadt', ags: '05711000', kind: 'kommune' } as const;
const map = { text: 'Ihre Idee', field: 'Handlungsfeld', group: 'Ich bin', votes: 'Punkte' };
const ROWS = [
  ['Ihre Idee', 'Handlungsfeld', 'Ich bin', 'Punkte'],
  ['Längere Öffnungszeiten der Kita', 'HF2', 'Bürger/innen', '4'],
  ['Bürgerbus am Abend; auch sonntags', 'Wohnumfeld und Lebensqualität', 'Kinder und Jugendliche', ''],
  ['Treffpunkt „Jung & Alt“', 'hf6', '', '12'],
];
const csv = (separator: string) => `${ROWS.map((row) => row.map((cell) => (cell.includes(separator) || cell.includes('"') ? `"${cell.replace(/"/g, '""')}"` : cell)).join(separator)).join('\r\n')}\r\n`;
const input = (caseId: string, fileName: string, bytes: Buffer) => ({ caseId, fileName, contentBase64: bytes.toString('base64'), map });

describe('importing contributions as ideas', () => {
  it.each([
    ['Windows-1252 with semicolons, as Excel saves CSV in a German office', iconv.encode(csv(';'), 'win1252'), 'Windows-1252', ';'],
    ['UTF-8 with a BOM and commas', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csv(','), 'utf8')]), 'UTF-8', ','],
    ['UTF-8 without a BOM, semicolons', Buffer.from(csv(';'), 'utf8'), 'UTF-8', ';'],
  ])('reads %s, previews without writing, then imports all', async (_name, bytes, encoding, separator) => {
    const app = await testBackend();
    const caseId = (await app.call('cases.create', base)).id;
    const preview = await app.call('participation.previewIdeaImport', { ...input(caseId, 'umfrage.csv', bytes), map: null });
    expect(preview).toMatchObject({ format: 'csv', encoding, separator, headers: ROWS[0], rowCount: 3, ideaCount: 3, problemCount: 0, refusal: null, map: { text: 'Ihre Idee', field: 'Handlungsfeld', votes: 'Punkte' } });
    expect(preview.sample[1]).toEqual(ROWS[2]);
    expect((await app.call('participation.ideas', { caseId })).ideas).toEqual([]);
    const imported = await app.call('participation.applyIdeaImport', input(caseId, 'umfrage.csv', bytes));
    expect(imported.imported).toBe(3);
    expect(imported.ideas.map((idea) => [idea.text, idea.fieldId, idea.group, idea.votes])).toEqual([
      ['Längere Öffnungszeiten der Kita', 'hf2', 'buerger', 4],
      ['Bürgerbus am Abend; auch sonntags', 'hf5', 'jugend', 0],
      ['Treffpunkt „Jung & Alt“', 'hf6', null, 12],
    ]);
  });

  it('refuses a table with a problem in one row and writes nothing, naming the row', async () => {
    const app = await testBackend();
    const caseId = (await app.call('cases.create', base)).id;
    const bad = Buffer.from(`${csv(';')}Noch eine Idee;HF9;;\r\n`, 'utf8');
    const preview = await app.call('participation.previewIdeaImport', input(caseId, 'umfrage.csv', bad));
    expect(preview).toMatchObject({ ideaCount: 3, problemCount: 1, problems: [{ row: 5, column: 'Handlungsfeld', value: 'HF9' }] });
    expect(await app.invoke('participation.applyIdeaImport', input(caseId, 'umfrage.csv', bad))).toMatchObject({ ok: false, error: { message: expect.stringMatching(/wurde nicht eingelesen, es wurde nichts gespeichert: 1 Problem\(e\), z\. B\. Zeile 5: „HF9“ ist kein Feld/) } });
    expect((await app.call('participation.ideas', { caseId })).ideas).toEqual([]);
  });

  it.each([
    ['an old .xls file', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), /alte Excel-Format \(\.xls\)/],
    ['a binary file', Buffer.from([0x00, 0x01, 0x02, 0x41, 0x00]), /Binärdaten/],
    ['a broken zip', Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(100, 7)]), /./],
    ['an empty file', Buffer.alloc(0), /leer/],
    ['an unbalanced quote', Buffer.from('Idee;Feld\n"offen;HF2\n', 'utf8'), /./],
  ])('refuses %s with a German reason and writes nothing', async (_name, bytes, reason) => {
    const app = await testBackend();
    const caseId = (await app.call('cases.create', base)).id;
    const result = await app.invoke('participation.previewIdeaImport', { caseId, fileName: 'datei', contentBase64: bytes.toString('base64'), map: null });
    if (result.ok) {
      expect(result.value.refusal ?? result.value.problems[0]?.message).toMatch(reason);
      expect(result.value.ideaCount).toBe(0);
    } else expect(result.error.message).toMatch(/leer|Datei/);
    expect((await app.call('participation.ideas', { caseId })).ideas).toEqual([]);
  });
});

const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' });
const skipReason = soffice.status !== 0 ? 'LibreOffice (soffice) is not installed (apt-get install libreoffice-calc-nogui)' : null;
if (skipReason) console.log(`[idea import from LibreOffice] skipped: ${skipReason}`);

describe('importing contributions from a workbook', () => {
  it.skipIf(skipReason !== null)('reads the first sheet of an XLSX re-saved by LibreOffice', async () => {
    const dir = tempDir();
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Karten');
    ROWS.forEach((row, number) => sheet.addRow(row.map((cell, index) => (number > 0 && index === 3 && cell !== '' ? Number(cell) : cell))));
    workbook.addWorksheet('Notizen').addRow(['nicht einlesen']);
    await workbook.xlsx.writeFile(join(dir, 'karten.xlsx'));
    mkdirSync(join(dir, 'lo'));
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'xlsx', '--outdir', join(dir, 'lo'), join(dir, 'karten.xlsx')], { stdio: 'pipe', timeout: 120_000 });
    const bytes = readFileSync(join(dir, 'lo', 'karten.xlsx'));
    const app = await testBackend();
    const caseId = (await app.call('cases.create', base)).id;
    const preview = await app.call('participation.previewIdeaImport', input(caseId, 'karten.xlsx', bytes));
    expect(preview).toMatchObject({ format: 'xlsx', headers: ROWS[0], rowCount: 3, ideaCount: 3, problemCount: 0 });
    const imported = await app.call('participation.applyIdeaImport', input(caseId, 'karten.xlsx', bytes));
    expect(imported.ideas.map((idea) => [idea.text, idea.fieldId, idea.votes])).toEqual([
      ['Längere Öffnungszeiten der Kita', 'hf2', 4],
      ['Bürgerbus am Abend; auch sonntags', 'hf5', 0],
      ['Treffpunkt „Jung & Alt“', 'hf6', 12],
    ]);
  }, 180_000);
});
