import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { testBackend } from '../helpers/backend';
import { rawCatalogue } from '../helpers/catalogues';
import { completeCase } from '../helpers/complete-case';
import { base64, exportTemplate } from '../helpers/workbooks';

const newCase = { municipalityName: 'Steuerstadt', ags: '05711000', kind: 'kommune' as const };

describe('characters XML cannot hold', () => {
  it('are refused in every method input, naming the field', async () => {
    const { invoke, call } = await testBackend();
    const created = await invoke('cases.create', { ...newCase, municipalityName: 'Böse\u0001stadt' });
    expect(created).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', issues: [{ path: 'municipalityName', message: expect.stringMatching(/Steuerzeichen/) }] } });
    const caseId = (await call('cases.create', newCase)).id;
    const question = (await call('questionnaire.get', { caseId })).catalogue.sections.flatMap((section) => section.questions).find((candidate) => candidate.type === 'longText')!;
    expect(await invoke('questionnaire.saveAnswer', { caseId, questionId: question.id, value: 'Text\uFFFE' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const catalogue = rawCatalogue('audit');
    catalogue.version = 2;
    catalogue.fields[0].name = 'Steuerung\u0001';
    expect(await invoke('catalogues.import', { content: JSON.stringify(catalogue) })).toMatchObject({ ok: false, error: { message: expect.stringMatching(/Steuerzeichen/) } });
  });

  it('stored before they were refused, still leave every export readable, the app its own template included', async () => {
    const app = await testBackend();
    const caseId = (await app.call('cases.create', newCase)).id;
    await completeCase(app, caseId);
    const question = (await app.call('questionnaire.get', { caseId })).catalogue.sections.flatMap((section) => section.questions).find((candidate) => candidate.type === 'longText')!;
    const sqlite = app.backend.database.sqlite;
    sqlite.prepare("UPDATE cases SET municipality_name = 'Alt' || char(1) || 'stadt' WHERE id = ?").run(caseId);
    sqlite.prepare("INSERT OR REPLACE INTO answers (case_id, question_id, value, comment, source, updated_at) VALUES (?, ?, ?, '', 'auditor', '2026-06-15T09:00:00.000Z')").run(caseId, question.id, JSON.stringify('Antwort\uFFFF mit Rest'));

    const template = await exportTemplate(app, caseId);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(template as unknown as ArrayBuffer);
    const preview = await app.call('questionnaire.previewImport', { caseId, fileName: 'vorlage.xlsx', contentBase64: base64(template) });
    expect(preview.refusal).toBeNull();
    const assessment = await app.call('certification.exportWorkbook', { caseId });
    const read = new ExcelJS.Workbook();
    await read.xlsx.load(Buffer.from(assessment.contentBase64, 'base64') as unknown as ArrayBuffer);
    expect(read.worksheets.length).toBeGreaterThan(3);
  });
});
