import { createHash } from 'node:crypto';
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { PROFILE_CHART_SIZE } from '../../shared/reporting/profile-chart-svg';
import { testBackend } from '../helpers/backend';
import { completeCase } from '../helpers/complete-case';
import { tempDir } from '../helpers/temp-dir';
import { shippedCatalogue } from '../helpers/catalogues';

interface Cell {
  type: string;
  value: unknown;
  format: string;
}
interface Read {
  sheets: string[];
  cover: [string | null, string | null][];
  images: number;
  external_links: number;
  data: Record<string, { header: string[]; frozen: string | null; filter: string | null; rows: Cell[][] }>;
}

const python = spawnSync('/usr/bin/python3', ['-c', 'import openpyxl'], { encoding: 'utf8' });
const skipReason = python.status !== 0 ? '/usr/bin/python3 has no openpyxl (apt-get install python3-openpyxl)' : null;
if (skipReason) console.log(`[assessment workbook test] skipped: ${skipReason}`);

const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' });
const libreOfficeSkip = soffice.status !== 0 ? 'LibreOffice (soffice) is not installed (apt-get install libreoffice-calc-nogui)' : null;
if (libreOfficeSkip) console.log(`[assessment workbook in LibreOffice] skipped: ${libreOfficeSkip}`);

/** LibreOffice's CSV filter: comma, double quote, UTF-8, from row 1, cells as shown, every sheet into its own file. */
const CSV_EVERY_SHEET_AS_SHOWN = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1';

const HOSTILE = ['=HYPERLINK("http://evil.example","klick")', '+49 30 1234567', '-5 Grad im Januar', '@SUM(A1:A9)', '\tTabulator', '\rWagenrücklauf'];

describe('assessment workbook', () => {
  it('prints every sheet on A4 one page wide, the metadata’s long values wrapped in their column', async () => {
    const backend = await testBackend();
    const caseId = (await backend.call('cases.create', { municipalityName: 'Druckstadt', ags: '05711000', kind: 'kommune' })).id;
    const file = await backend.call('certification.exportWorkbook', { caseId });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.contentBase64, 'base64') as unknown as ExcelJS.Buffer);
    for (const sheet of workbook.worksheets) expect(sheet.pageSetup, sheet.name).toMatchObject({ paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    const meta = workbook.getWorksheet('Metadaten')!;
    const longest = meta.getColumn(2).values.reduce<ExcelJS.Cell | null>((found, _value, row) => {
      const cell = meta.getCell(row, 2);
      return String(cell.value ?? '').length > String(found?.value ?? '').length ? cell : found;
    }, null)!;
    expect(String(longest.value).length).toBeGreaterThan(72);
    expect(longest.alignment).toMatchObject({ wrapText: true });
  });

  it.skipIf(skipReason !== null)('has its data sheets in order, stable headers, real numbers and dates, and keeps formula-like texts as plain text', async () => {
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

    // A formal criterion rated against its computed check, with a reason: the association sees the contradiction.
    const deadlines = (await call('certification.get', { caseId })).criteria.find((criterion) => criterion.checks.includes('fristen'))!;
    await call('certification.rate', { caseId, criterionId: deadlines.id, rating: 'nicht_erfuellt', justification: 'Beteiligung lief vier Monate.' });
    const conditions = ['Fristenplan für die Beteiligung bis 30.09.2026 vorlegen', 'Familienbericht jährlich fortschreiben'];
    await call('certification.decide', { caseId, conditions, certificateDate: '2026-06-01' });

    const participation = await call('participation.get', { caseId });
    const citizensEvent = participation.events[0]!;
    const idea = await call('participation.addIdea', { caseId, idea: { text: HOSTILE[2]!, fieldId: 'hf2', eventId: citizensEvent.id, votes: 7 } });

    const pdf = Buffer.from('%PDF-1.7\n%%EOF\n', 'latin1');
    const formulaTitle = '=HYPERLINK("http://example.invalid","Klick")';
    const document = await call('evidence.add', { caseId, fileName: 'beschluss.pdf', contentBase64: pdf.toString('base64'), title: formulaTitle, documentDate: '2026-03-02', places: ['resolution:agreement'] });

    const file = await call('certification.exportWorkbook', { caseId });
    const path = join(tempDir(), file.fileName);
    writeFileSync(path, Buffer.from(file.contentBase64, 'base64'));
    const read = JSON.parse(execFileSync('/usr/bin/python3', ['test/fixtures/read-assessment-with-openpyxl.py', path], { encoding: 'utf8' })) as Read;

    expect(read.sheets).toEqual(['Deckblatt', 'IST-Analyse', 'Stärken-Schwächen', 'Zielvereinbarung', 'Zertifizierung', 'Beteiligung', 'Nachweise', 'Stammdaten', 'Metadaten']);
    expect(read.external_links).toBe(0);
    expect(read.data['IST-Analyse']!.header).toEqual([
      'Feld-ID', 'Feld', 'Frage-ID', 'Frage', 'Fragetyp', 'Fragetyp-ID', 'Pflicht', 'Antwort (Zahl)', 'Antwort (Datum)', 'Antwort (Text)', 'Einheit', 'Stichtag', 'Quelle', 'Kommentar',
    ]);
    const beteiligung = read.data.Beteiligung!;
    expect(beteiligung.header).toEqual([
      'Art', 'ID', 'Format-ID', 'Format', 'Datum', 'Titel oder Text', 'Feld-ID', 'Feld', 'Teilnehmende gesamt',
      'Bürger/innen', 'Kinder und Jugendliche', 'Vereine und Verbände', 'Unternehmen', 'Expert/innen', 'Verwaltung', 'Politik',
      'Stand', 'Stand-ID', 'Punkte', 'Maßnahme', 'Maßnahmen-ID', 'Veranstaltungs-ID',
    ]);
    const nachweise = read.data.Nachweise!;
    expect(nachweise.header).toEqual(['ID', 'Titel', 'Dokumentdatum', 'Beigefügt an', 'Art', 'Größe (Bytes)', 'SHA-256']);
    // The complete case brings the resolution's own document; this one is the formula-like title.
    expect(nachweise.rows).toHaveLength((await call('evidence.list', { caseId })).documents.length);
    const documentRow = nachweise.rows.find((row) => row[0]!.value === document.savedId)!;
    expect(documentRow.map((entry) => entry.value)).toEqual([document.savedId, formulaTitle, '2026-03-02', 'Ratsbeschluss zur Zielvereinbarung', 'PDF', pdf.length, createHash('sha256').update(pdf).digest('hex')]);
    expect(documentRow.map((entry) => entry.type)).toEqual(['s', 's', 'd', 's', 's', 'n', 's']);
    const cell = (row: (typeof beteiligung.rows)[number], title: string) => row[beteiligung.header.indexOf(title)]!;
    const eventRow = beteiligung.rows.find((row) => cell(row, 'Art').value === 'Veranstaltung')!;
    expect(cell(eventRow, 'ID').value).toBe(citizensEvent.id);
    expect(cell(eventRow, 'Datum')).toMatchObject({ type: 'd', value: citizensEvent.heldOn });
    expect(cell(eventRow, 'Teilnehmende gesamt')).toMatchObject({ type: 'n', value: citizensEvent.participantTotal });
    expect(cell(eventRow, 'Bürger/innen')).toMatchObject({ type: 'n', value: citizensEvent.participants.buerger });
    const ideaRow = beteiligung.rows.find((row) => cell(row, 'ID').value === idea.savedId)!;
    expect(cell(ideaRow, 'Titel oder Text')).toMatchObject({ type: 's', format: '@', value: HOSTILE[2]!.trim() });
    expect([cell(ideaRow, 'Feld-ID').value, cell(ideaRow, 'Stand-ID').value, cell(ideaRow, 'Punkte').value, cell(ideaRow, 'Veranstaltungs-ID').value]).toEqual(['hf2', 'neu', 7, citizensEvent.id]);
    for (const name of ['IST-Analyse', 'Stärken-Schwächen', 'Zielvereinbarung', 'Zertifizierung', 'Beteiligung']) {
      expect(read.data[name]!.frozen, name).toBe('A2');
      expect(read.data[name]!.filter, name).toMatch(/^A1:[A-Z]+1$/);
    }

    const certification = read.data.Zertifizierung!;
    const deviationRow = certification.rows.find((row) => row[certification.header.indexOf('Kennung')]!.value === deadlines.id)!;
    expect(deviationRow[certification.header.indexOf('Vorschlag aus Prüfung')]!.value).toBe('erfüllt');
    expect(String(deviationRow[certification.header.indexOf('Widerspruch zur Prüfung')]!.value)).toMatch(/^Bewertet mit „nicht erfüllt“, die berechnete Prüfung ergibt „erfüllt“ \(alle bestanden\)\. \(begründet\)$/);

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

    // People read labels; machines read the id columns beside them.
    const typeColumn = answers.header.indexOf('Fragetyp');
    expect(new Set(answers.rows.map((row) => row[typeColumn]!.value))).toEqual(new Set(['Zahl', 'Prozentwert', 'Geldbetrag', 'Ja/Teilweise/Nein', 'Einfachauswahl', 'Mehrfachauswahl', 'Kurztext', 'Langtext', 'Datum']));
    expect(answers.rows.some((row) => row[answers.header.indexOf('Fragetyp-ID')]!.value === 'yesPartlyNo')).toBe(true);
    const scoring = read.data['Stärken-Schwächen']!;
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-/;
    for (const title of ['Art', 'Nr.', 'Text']) expect(scoring.rows.filter((row) => uuid.test(String(row[scoring.header.indexOf(title)]!.value))), title).toEqual([]);
    const recommendation = certification.rows.find((row) => row[0]!.value === 'Empfehlung')!;
    expect(recommendation[certification.header.indexOf('Ergebnis')]!.value).toBe('Zertifikat noch nicht erteilen');
    expect(recommendation[certification.header.indexOf('Ergebnis-ID')]!.value).toBe('noch_nicht_erteilen');
    expect(certification.rows.filter((row) => /_/.test(String(row[certification.header.indexOf('Ergebnis')]!.value)))).toEqual([]);
    const cover = Object.fromEntries(read.cover.filter((row) => row[0]));
    expect(cover).toMatchObject({
      'Ratsbeschluss zur Zielvereinbarung': 'vom 01.03.2026, Drucksache DS 2026/041',
      'Empfehlung (Entwurf)': 'Zertifikat noch nicht erteilen',
      Auflagen: `1. ${conditions[0]}`,
      'Auditor/in': HOSTILE[0],
    });
    expect(read.cover.map((row) => row[1])).toContain(`2. ${conditions[1]}`);
    expect(read.cover[0]![0]).toBe('Gutachten für den Verein – Musterstadt');

    const meta = Object.fromEntries(read.data.Metadaten!.rows.map((row) => [row[0]!.value, row[1]!.value]));
    expect(meta).toMatchObject({ 'Auditfall-ID': caseId, 'Katalog-ID': 'audit-familiengerechte-kommune', 'Katalog-Version': String(shippedCatalogue('audit').version), 'Exportiert am': '2026-06-15T09:00:00.000Z' });
    expect(meta['Prüfsumme (SHA-256)']).toMatch(/^[0-9a-f]{64}$/);
    expect(meta['App-Version']).toMatch(/^\d+\.\d+\.\d+/);
  }, 60_000);

  it('speaks the procedure’s own words on the cover and in its labels: a Managementverfahren round', async () => {
    const { call } = await testBackend();
    const example = await call('cases.createExample', { catalogueId: 'bw-managementverfahren', seed: 1 });
    const file = await call('certification.exportWorkbook', { caseId: example.id });
    const ExcelJS = (await import('exceljs')).default;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.contentBase64, 'base64') as unknown as Parameters<typeof workbook.xlsx.load>[0]);
    const cover: string[] = [];
    workbook.getWorksheet('Deckblatt')!.eachRow((row) => cover.push([row.getCell(1).text, row.getCell(2).text].join(' | ')));
    expect(cover[0]).toBe(`Gutachten für das Expertengremium – ${example.municipalityName} | `);
    expect(cover).toEqual(expect.arrayContaining([expect.stringMatching(/^Gemeinderatsbeschluss zum Handlungskonzept \| vom \d\d\.\d\d\.\d{4}, Drucksache /), expect.stringMatching(/^Prozessbegleitung \| /), expect.stringMatching(/^Qualitätssiegel \| vom /), 'Runde | Erstverfahren']));
    const answers = workbook.getWorksheet('IST-Analyse')!;
    const sourceColumn = (answers.getRow(1).values as unknown[]).indexOf('Quelle');
    const sources = new Set<string>();
    answers.eachRow((row, number) => number > 1 && sources.add(row.getCell(sourceColumn).text));
    expect(sources).toContain('Prozessbegleitung');
    expect(sources).not.toContain('Auditor/in');
    const audit = /Zertifikat|Zielvereinbarung|Auditor|Erstaudit|Re-Audit|IST-Analyse|Verein\b/;
    expect(cover.filter((line) => audit.test(line))).toEqual([]);
  });

  it('puts the profile chart on the cover as a PNG, and the same content gives the same checksum', async () => {
    const { call } = await testBackend();
    const caseId = (await call('cases.create', { municipalityName: 'Bildstadt', ags: '05711004', kind: 'kommune' })).id;
    const first = await call('certification.exportWorkbook', { caseId });
    const second = await call('certification.exportWorkbook', { caseId });
    const ExcelJS = (await import('exceljs')).default;
    const read = async (base64: string) => {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(Buffer.from(base64, 'base64') as unknown as Parameters<typeof workbook.xlsx.load>[0]);
      const images = workbook.getWorksheet('Deckblatt')!.getImages();
      const media = images.map((image) => workbook.getImage(Number(image.imageId)));
      return { media, sum: workbook.getWorksheet('Metadaten')!.getRows(2, 20)!.find((row) => row.getCell(1).value === 'Prüfsumme (SHA-256)')!.getCell(2).value };
    };
    const [a, b] = [await read(first.contentBase64), await read(second.contentBase64)];
    expect(a.media).toHaveLength(1);
    expect(a.media[0]!.extension).toBe('png');
    const png = PNG.sync.read(Buffer.from(a.media[0]!.buffer as unknown as Uint8Array));
    expect([png.width, png.height]).toEqual([PROFILE_CHART_SIZE.width, PROFILE_CHART_SIZE.height]);
    expect(a.sum).toBe(b.sum);
  });

  it.skipIf(libreOfficeSkip !== null)('opens in LibreOffice with every sheet, German dates and numbers as shown, and formula-like texts as written', async () => {
    const backend = await testBackend();
    const { call } = backend;
    const caseId = (await call('cases.create', { municipalityName: 'Musterstadt', ags: '05711000', kind: 'kommune' })).id;
    await completeCase(backend, caseId);
    const goal = (await call('goals.get', { caseId })).fields[0]!.strategicGoals[0]!.goals[0]!.id;
    for (const text of HOSTILE.slice(0, 4)) {
      await call('goals.addMeasure', { caseId, goalId: goal, measure: { title: text, responsibleUnit: 'Rathaus', startMonth: '2026-03', endMonth: '2026-12', budget: 1234.5 }, amendment: { date: '2026-04-01', reason: 'Prüfung in LibreOffice' } });
    }
    const file = await call('certification.exportWorkbook', { caseId });
    const dir = tempDir();
    writeFileSync(join(dir, 'gutachten.xlsx'), Buffer.from(file.contentBase64, 'base64'));
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', CSV_EVERY_SHEET_AS_SHOWN, '--outdir', join(dir, 'csv'), join(dir, 'gutachten.xlsx')], {
      stdio: 'pipe',
      // LibreOffice names the per-sheet files in the locale's encoding; without one, "ä" is lost.
      env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' },
    });

    const written = readdirSync(join(dir, 'csv')).sort();
    expect(written).toEqual(['Beteiligung', 'Deckblatt', 'IST-Analyse', 'Metadaten', 'Nachweise', 'Stammdaten', 'Stärken-Schwächen', 'Zertifizierung', 'Zielvereinbarung'].map((sheet) => `gutachten-${sheet}.csv`));
    const sheets = Object.fromEntries(written.map((name) => [name.slice('gutachten-'.length, -'.csv'.length), readFileSync(join(dir, 'csv', name), 'utf8')]));
    const measures = sheets.Zielvereinbarung!;
    expect(measures.split('\n')[0]).toMatch(/^Feld-ID,Feld,Strategisches Ziel Nr\.,/);
    for (const text of HOSTILE.slice(0, 4)) expect(measures).toContain(text.includes('"') ? `"${text.replaceAll('"', '""')}"` : text);
    expect(measures).toContain('01.03.2026');
    expect(measures).toMatch(/1,234\.50 €|1\.234,50 €/);
    for (const [sheet, content] of Object.entries(sheets)) expect(content, sheet).not.toMatch(/Err:\d+|#NAME\?|#REF!|#VALUE!/);
  }, 120_000);
});
