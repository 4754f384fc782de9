import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { testBackend } from '../helpers/backend';
import { exportTemplate, locate } from '../helpers/workbooks';
import { shippedCatalogue } from '../helpers/catalogues';

const audit = shippedCatalogue('audit');
const fieldQuestions = audit.questionnaire.sections.filter((section) => section.fieldId).flatMap((section) => section.questions);

describe('the fill-in workbook', () => {
  it('speaks the Managementverfahren’s words on its instructions sheet', async () => {
    const backend = await testBackend();
    const created = await backend.call('cases.create', { municipalityName: 'Wortstadt', ags: '08115003', kind: 'kommune', catalogueId: 'bw-managementverfahren' });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await exportTemplate(backend, created.id)) as unknown as ExcelJS.Buffer);
    const lines = workbook.getWorksheet('Anleitung')!.getColumn(1).values.filter((value): value is string => typeof value === 'string');
    expect(lines[0]).toBe('Fragebogen Bilanz („Wo stehen wir?“) – Wortstadt');
    expect(lines.join('\n')).toContain('(Prozessbegleitung)');
    expect(lines.filter((line) => /IST-Analyse|Auditor/.test(line))).toEqual([]);
  });

  it('has instructions, a protected sheet per field with the agreed columns, drop-downs, validation and hidden metadata', async () => {
    const backend = await testBackend();
    const created = await backend.call('cases.create', { municipalityName: 'Musterstadt', ags: '05711000', kind: 'kommune' });
    await backend.call('questionnaire.saveAnswer', { caseId: created.id, questionId: fieldQuestions[0]!.id, value: 52300, referenceDate: '2025-12-31' });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await exportTemplate(backend, created.id)) as unknown as ExcelJS.Buffer);

    const visible = workbook.worksheets.filter((sheet) => sheet.state === 'visible').map((sheet) => sheet.name);
    expect(visible).toEqual(['Anleitung', ...audit.fields.map((field) => expect.stringMatching(new RegExp(`^${field.code} `)))]);
    expect(workbook.getWorksheet('Anleitung')!.getCell('A1').value).toBe('Fragebogen IST-Analyse – Musterstadt');

    const meta = workbook.getWorksheet('Metadaten')!;
    expect(meta.state).toBe('hidden');
    const metaValues = Object.fromEntries(Array.from({ length: meta.rowCount }, (_, index) => [meta.getCell(index + 1, 1).value, meta.getCell(index + 1, 2).value]));
    expect(metaValues).toMatchObject({ 'Auditfall-ID': created.id, 'Katalog-ID': audit.id, 'Katalog-Version': audit.version, 'Exportiert am': '2026-06-15T09:00:00.000Z' });

    const first = workbook.getWorksheet(visible[1]!)!;
    expect(first.getRow(1).values).toEqual([undefined, 'ID', 'Nr.', 'Frage', 'Hinweis', 'Format', 'Pflicht', 'Antwort', 'Stichtag', 'Kommentar']);
    expect(first.rowCount - 1).toBe(audit.questionnaire.sections.filter((section) => section.fieldId === 'hf1').flatMap((section) => section.questions).length);
    expect((first as unknown as { sheetProtection: object | null }).sheetProtection).toMatchObject({ sheet: true });

    const prefilled = locate(workbook, fieldQuestions[0]!.id);
    expect(prefilled.row.getCell(prefilled.column('Antwort')).value).toBe(52300);
    expect(prefilled.row.getCell(prefilled.column('Stichtag')).value).toEqual(new Date('2025-12-31T00:00:00Z'));
    expect(prefilled.row.getCell(prefilled.column('Antwort')).protection).toMatchObject({ locked: false });
    expect(prefilled.row.getCell(prefilled.column('Kommentar')).protection).toMatchObject({ locked: false });
    expect(prefilled.row.getCell(prefilled.column('Frage')).protection?.locked).not.toBe(false);
    expect(prefilled.row.getCell(prefilled.column('ID')).protection?.locked).not.toBe(false);
    expect(prefilled.row.getCell(prefilled.column('Antwort')).dataValidation).toMatchObject({ type: expect.stringMatching(/whole|decimal/) });

    const choice = fieldQuestions.find((question) => question.type === 'yesPartlyNo')!;
    const choiceRow = locate(workbook, choice.id);
    expect(choiceRow.row.getCell(choiceRow.column('Antwort')).dataValidation).toMatchObject({ type: 'list', formulae: [expect.stringMatching(/^'Listen'!\$[A-Z]+\$1:\$[A-Z]+\$3$/)] });
    const listSheet = workbook.getWorksheet('Listen')!;
    expect(listSheet.state).toBe('hidden');
  });
});
