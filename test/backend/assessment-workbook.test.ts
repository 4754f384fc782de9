import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testBackend } from '../helpers/backend';
import { completeCase } from '../helpers/complete-case';
import { tempDir } from '../helpers/temp-dir';

interface Cell {
  type: string;
  value: unknown;
  format: string;
}
interface Read {
  sheets: string[];
  images: number;
  external_links: number;
  data: Record<string, { header: string[]; frozen: string | null; filter: string | null; rows: Cell[][] }>;
}

const python = spawnSync('/usr/bin/python3', ['-c', 'import openpyxl'], { encoding: 'utf8' });
const skipReason = python.status !== 0 ? '/usr/bin/python3 has no openpyxl (apt-get install python3-openpyxl)' : null;
if (skipReason) console.log(`[assessment workbook test] skipped: ${skipReason}`);

const HOSTILE = ['=HYPERLINK("http://evil.example","klick")', '+49 30 1234567', '-5 Grad im Januar', '@SUM(A1:A9)', '\tTabulator', '\rWagenrücklauf'];

describe('assessment workbook', () => {
  it.skipIf(skipReason !== null)('has the six sheets in order, stable headers, real numbers and dates, and keeps formula-like texts as plain text', async () => {
    const backend = await testBackend();
    const { call } = backend;
    const caseId = (await call('cases.create', { municipalityName: 'Musterstadt', ags: '05711000', kind: 'kommune', auditor: HOSTILE[0] })).id;
    await completeCase(backend, caseId);
    const agreement = await call('goals.get', { caseId });
    const goal = agreement.fields[0]!.strategicGoals[0]!.goals[0]!.id;
    for (const text of HOSTILE) await call('goals.addMeasure', { caseId, goalId: goal, measure: { title: text, responsibleUnit: 'Rathaus', startMonth: '2026-01', endMonth: '2026-12', budget: 1234.5 }, amendment: { date: '2026-04-01', reason: 'Prüfung der Formelsicherheit' } });
    const questionnaire = await call('questionnaire.get', { caseId });
    const text = questionnaire.catalogue.sections.flatMap((section) => section.questions).find((question) => question.type === 'shortText')!;
    await call('questionnaire.saveAnswer', { caseId, questionId: text.id, value: HOSTILE[1]!, comment: HOSTILE[3]! });

    const file = await call('certification.exportWorkbook', { caseId, chartPngBase64: null });
    const path = join(tempDir(), file.fileName);
    writeFileSync(path, Buffer.from(file.contentBase64, 'base64'));
    const read = JSON.parse(execFileSync('/usr/bin/python3', ['test/fixtures/read-assessment-with-openpyxl.py', path], { encoding: 'utf8' })) as Read;

    expect(read.sheets).toEqual(['Deckblatt', 'IST-Analyse', 'Stärken-Schwächen', 'Zielvereinbarung', 'Zertifizierung', 'Metadaten']);
    expect(read.external_links).toBe(0);
    expect(read.data['IST-Analyse']!.header).toEqual([
      'Feld-ID', 'Feld', 'Frage-ID', 'Frage', 'Typ', 'Pflicht', 'Antwort (Zahl)', 'Antwort (Datum)', 'Antwort (Text)', 'Einheit', 'Stichtag', 'Quelle', 'Kommentar',
    ]);
    for (const name of ['IST-Analyse', 'Stärken-Schwächen', 'Zielvereinbarung', 'Zertifizierung']) {
      expect(read.data[name]!.frozen, name).toBe('A2');
      expect(read.data[name]!.filter, name).toMatch(/^A1:[A-Z]+1$/);
    }

    const measures = read.data.Zielvereinbarung!;
    const column = (title: string) => measures.header.indexOf(title);
    // Inputs are trimmed, so a leading tab or carriage return never reaches the data; the rest must stay text.
    const stored = HOSTILE.map((text) => text.trim());
    const hostileRows = measures.rows.filter((row) => stored.includes(String(row[column('Maßnahme')]!.value)));
    expect(hostileRows).toHaveLength(HOSTILE.length);
    for (const row of hostileRows) {
      expect(row[column('Maßnahme')]).toMatchObject({ type: 's', format: '@' });
      expect(row[column('Budget (EUR)')]).toMatchObject({ type: 'n', value: 1234.5 });
      expect(row[column('Beginn')]).toMatchObject({ type: 'd', value: '2026-01-01', format: 'dd.mm.yyyy' });
    }
    const allCells = Object.values(read.data).flatMap((sheet) => sheet.rows.flat());
    expect(allCells.filter((cell) => cell.type === 'f')).toEqual([]);

    const answers = read.data['IST-Analyse']!;
    const answerRow = answers.rows.find((row) => row[answers.header.indexOf('Frage-ID')]!.value === text.id)!;
    expect(answerRow[answers.header.indexOf('Antwort (Text)')]).toMatchObject({ type: 's', value: HOSTILE[1] });
    expect(answerRow[answers.header.indexOf('Kommentar')]).toMatchObject({ type: 's', value: HOSTILE[3] });
    const numberRow = answers.rows.find((row) => row[answers.header.indexOf('Antwort (Zahl)')]!.value !== null)!;
    expect(numberRow[answers.header.indexOf('Antwort (Zahl)')]!.type).toBe('n');

    const meta = Object.fromEntries(read.data.Metadaten!.rows.map((row) => [row[0]!.value, row[1]!.value]));
    expect(meta).toMatchObject({ 'Auditfall-ID': caseId, 'Katalog-ID': 'audit-familiengerechte-kommune', 'Katalog-Version': '1', 'Exportiert am': '2026-06-15T09:00:00.000Z' });
    expect(meta['Prüfsumme (SHA-256)']).toMatch(/^[0-9a-f]{64}$/);
    expect(meta['App-Version']).toMatch(/^\d+\.\d+\.\d+/);
  }, 60_000);

  it('puts the profile chart on the cover when the UI sends it, and the same content gives the same checksum', async () => {
    const { call } = await testBackend();
    const caseId = (await call('cases.create', { municipalityName: 'Bildstadt', ags: '05711004', kind: 'kommune' })).id;
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
    const first = await call('certification.exportWorkbook', { caseId, chartPngBase64: png.toString('base64') });
    const second = await call('certification.exportWorkbook', { caseId, chartPngBase64: null });
    const ExcelJS = (await import('exceljs')).default;
    const checksum = async (base64: string) => {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(Buffer.from(base64, 'base64') as unknown as Parameters<typeof workbook.xlsx.load>[0]);
      return { images: workbook.getWorksheet('Deckblatt')!.getImages().length, sum: workbook.getWorksheet('Metadaten')!.getCell('B7').value };
    };
    const [a, b] = [await checksum(first.contentBase64), await checksum(second.contentBase64)];
    expect([a.images, b.images]).toEqual([1, 0]);
    expect(a.sum).toBe(b.sum);
  });
});
