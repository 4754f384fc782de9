import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testBackend } from '../helpers/backend';
import { base64, editWorkbook, exportTemplate, locate, setAnswer } from '../helpers/workbooks';
import { reauditInput } from '../../shared/domain/reaudit';
import { shippedCatalogue } from '../helpers/catalogues';

const FIXTURES = 'test/fixtures/xlsx';
const base = { municipalityName: 'Musterstadt', ags: '05711000', kind: 'kommune' } as const;
const audit = shippedCatalogue('audit');
const numberQuestion = audit.questionnaire.sections[0]!.questions.find((q) => q.type === 'number')!;

async function setup() {
  const backend = await testBackend();
  const created = await backend.call('cases.create', base);
  return { backend, caseId: created.id };
}

describe('hostile and broken files are refused with a German message and change nothing', () => {
  it.each([
    ['empty.xlsx', /Die Datei ist leer/],
    ['not-a-workbook.xlsx', /keine Excel-Arbeitsmappe \(\.xlsx\)/],
    ['old-format.xls', /alten Excel-Format \(\.xls\)/],
    ['password-protected.xlsx', /mit einem Kennwort geschützt/],
    ['truncated.xlsx', /beschädigt oder unvollständig/],
    ['zip-without-workbook.xlsx', /Zip-Archiv, aber keine Excel-Arbeitsmappe/],
    ['zip-bomb.xlsx', /ungewöhnlich großen Teil \(xl\/worksheets\/sheet1\.xml.*Zip-Bombe/],
    ['giant-shared-strings.xlsx', /ungewöhnlich großen Teil \(xl\/sharedStrings\.xml/],
    ['size-lie.xlsx', /ein Teil des Zip-Archivs lässt sich nicht entpacken oder ist größer als angegeben/],
  ])('%s', async (file, message) => {
    const { backend, caseId } = await setup();
    const result = await backend.call('questionnaire.applyImport', { caseId, fileName: file, contentBase64: base64(readFileSync(join(FIXTURES, file))) });
    expect(result.refusal).toMatch(message);
    expect(result.written).toBe(false);
    expect((await backend.call('questionnaire.get', { caseId })).answers).toEqual([]);
  });

  it('refuses a workbook of another case, naming that case', async () => {
    const { backend, caseId } = await setup();
    const other = await backend.call('cases.create', { ...base, municipalityName: 'Andersdorf', ags: '05711004' });
    const result = await backend.call('questionnaire.previewImport', { caseId, fileName: 'x.xlsx', contentBase64: base64(await exportTemplate(backend, other.id)) });
    expect(result.refusal).toMatch(/^Die Arbeitsmappe gehört zum Auditfall Andersdorf \(Erstaudit, angelegt am \d\d\.\d\d\.\d{4}, Vorlage exportiert am \d\d\.\d\d\.\d{4}, \d\d:\d\d\), nicht zu Musterstadt\. Es wurde nichts übernommen\.$/);
  });

  it('refuses a workbook of the previous round of the same municipality, naming both rounds', async () => {
    const { backend, caseId } = await setup();
    const next = await backend.call('cases.create', reauditInput(await backend.call('cases.get', { id: caseId })));
    const result = await backend.call('questionnaire.previewImport', { caseId: next.id, fileName: 'x.xlsx', contentBase64: base64(await exportTemplate(backend, caseId)) });
    expect(result.refusal).toMatch(/^Die Arbeitsmappe gehört zu einer anderen Runde von Musterstadt: Erstaudit, angelegt am \d\d\.\d\d\.\d{4}, Vorlage exportiert am [^.]+\.\d\d\.\d{4}, \d\d:\d\d\. Geöffnet ist Re-Audit, angelegt am \d\d\.\d\d\.\d{4}\. Bitte die Arbeitsmappe in jener Runde importieren/);
  });

  it('refuses a workbook of a case that is not here, naming the municipality the file gives', async () => {
    const { backend, caseId } = await setup();
    const template = await editWorkbook(await exportTemplate(backend, caseId), (workbook) => {
      workbook.getWorksheet('Metadaten')!.getCell('B2').value = '6f1f3c1e-4b7a-4d2e-9a55-0c1b2d3e4f50';
    });
    const result = await backend.call('questionnaire.previewImport', { caseId, fileName: 'x.xlsx', contentBase64: base64(template) });
    expect(result.refusal).toBe('Die Arbeitsmappe gehört zu einem Auditfall von Musterstadt, der hier nicht angelegt ist (etwa eine Runde auf einem anderen Rechner), nicht zu dieser Runde von Musterstadt. Es wurde nichts übernommen.');
  });

  it('refuses a workbook of another catalogue', async () => {
    const { backend, caseId } = await setup();
    const bw = await backend.call('cases.create', { ...base, catalogueId: 'bw-managementverfahren' });
    const template = await editWorkbook(await exportTemplate(backend, bw.id), (workbook) => {
      workbook.getWorksheet('Metadaten')!.getCell('B2').value = caseId;
    });
    const result = await backend.call('questionnaire.previewImport', { caseId, fileName: 'x.xlsx', contentBase64: base64(template) });
    expect(result.refusal).toMatch(/für einen anderen Katalog erstellt \(bw-managementverfahren, Version 4\)/);
  });

  it("says so when a questionnaire sheet was renamed like one of the template's own sheets, instead of skipping it", async () => {
    const { backend, caseId } = await setup();
    const template = await editWorkbook(await exportTemplate(backend, caseId), (workbook) => {
      workbook.removeWorksheet(workbook.getWorksheet('Listen')!.id);
      const sheet = workbook.worksheets.find((candidate) => candidate.name.startsWith('HF1'))!;
      sheet.name = 'Listen';
      setAnswer(workbook, numberQuestion.id, 12);
    });
    const result = await backend.call('questionnaire.applyImport', { caseId, fileName: 'x.xlsx', contentBase64: base64(template) });
    expect(result.written).toBe(false);
    expect(JSON.stringify(result)).toMatch(/heißt wie ein Hilfsblatt der Vorlage \(„Listen“\)/);
  });

  it('refuses a workbook whose metadata sheet was removed', async () => {
    const { backend, caseId } = await setup();
    const template = await editWorkbook(await exportTemplate(backend, caseId), (workbook) => workbook.removeWorksheet(workbook.getWorksheet('Metadaten')!.id));
    const result = await backend.call('questionnaire.previewImport', { caseId, fileName: 'x.xlsx', contentBase64: base64(template) });
    expect(result.refusal).toMatch(/keine Fragebogen-Vorlage aus Familienaudit/);
  });

  it('reads a workbook with a whole-column data validation without expanding it', async () => {
    const { backend, caseId } = await setup();
    const template = await editWorkbook(await exportTemplate(backend, caseId), (workbook) => {
      const { sheet } = locate(workbook, numberQuestion.id);
      (sheet as unknown as { dataValidations: { add(range: string, rule: object): void } }).dataValidations.add('G2:G1048576', {
        type: 'whole', operator: 'between', allowBlank: true, formulae: [0, 100000],
      });
      setAnswer(workbook, numberQuestion.id, 42);
    });
    const result = await backend.call('questionnaire.applyImport', { caseId, fileName: 'x.xlsx', contentBase64: base64(template) });
    expect(result).toMatchObject({ refusal: null, errors: [], written: true, applied: 1 });
  });

  it('names merged answer cells, unknown and duplicate IDs and unreadable values by sheet, row and question; writes nothing', async () => {
    const { backend, caseId } = await setup();
    const questions = audit.questionnaire.sections[0]!.questions;
    const [q1, q2, q3] = [questions[0]!, questions[1]!, questions[2]!];
    let where: { sheet: string; rows: number[] } = { sheet: '', rows: [] };
    const template = await editWorkbook(await exportTemplate(backend, caseId), (workbook) => {
      const a = locate(workbook, q1.id);
      const b = locate(workbook, q2.id);
      const c = locate(workbook, q3.id);
      a.sheet.mergeCells(a.row.number, a.column('Antwort'), a.row.number, a.column('Kommentar'));
      b.row.getCell(b.column('ID')).value = 'hf1.gibt-es-nicht';
      c.row.getCell(c.column('Antwort')).value = q3.type === 'shortText' || q3.type === 'longText' ? null : 'Quatsch mit Soße';
      const copy = a.sheet.addRow([]);
      copy.getCell(a.column('ID')).value = q3.id;
      where = { sheet: a.sheet.name, rows: [a.row.number, b.row.number, c.row.number, copy.number] };
    });
    const result = await backend.call('questionnaire.applyImport', { caseId, fileName: 'x.xlsx', contentBase64: base64(template) });
    expect(result.written).toBe(false);
    const problems = result.errors.map((error) => [error.sheet, error.row, error.questionId, error.message]);
    expect(problems).toEqual(
      expect.arrayContaining([
        [where.sheet, where.rows[0], q1.id, expect.stringMatching(/^Verbundene Zellen \(G\d+:I\d+\)/)],
        [where.sheet, where.rows[1], null, 'Unbekannte Frage-ID „hf1.gibt-es-nicht“. Bitte die Spalte „ID“ nicht verändern.'],
        [where.sheet, where.rows[3], q3.id, expect.stringMatching(/steht doppelt in der Arbeitsmappe/)],
      ]),
    );
    expect((await backend.call('questionnaire.get', { caseId })).answers).toEqual([]);
  });

  it('reads rich text, hyperlinks and formula results as the values they show', async () => {
    const { backend, caseId } = await setup();
    const text = audit.questionnaire.sections.flatMap((s) => s.questions).find((q) => q.type === 'shortText')!;
    const long = audit.questionnaire.sections.flatMap((s) => s.questions).find((q) => q.type === 'longText' && q.id !== text.id)!;
    const template = await editWorkbook(await exportTemplate(backend, caseId), (workbook) => {
      setAnswer(workbook, text.id, { richText: [{ text: 'Familien' }, { font: { bold: true }, text: 'büro' }] });
      setAnswer(workbook, long.id, { text: 'www.musterstadt.de/familie', hyperlink: 'https://www.musterstadt.de/familie' });
      setAnswer(workbook, numberQuestion.id, { formula: '20+22', result: 42 });
    });
    const result = await backend.call('questionnaire.applyImport', { caseId, fileName: 'x.xlsx', contentBase64: base64(template) });
    expect(result.errors).toEqual([]);
    const answers = Object.fromEntries((await backend.call('questionnaire.get', { caseId })).answers.map((answer) => [answer.questionId, answer.value]));
    expect(answers).toMatchObject({ [text.id]: 'Familienbüro', [long.id]: 'www.musterstadt.de/familie', [numberQuestion.id]: 42 });
  });
});
