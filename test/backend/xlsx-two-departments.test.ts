import { describe, expect, it } from 'vitest';
import { testBackend, type TestBackend } from '../helpers/backend';
import { shippedCatalogue } from '../helpers/catalogues';
import { base64, editWorkbook, exportTemplate, setAnswer } from '../helpers/workbooks';

const audit = shippedCatalogue('audit');
const numbers = audit.questionnaire.sections.flatMap((section) => section.questions).filter((question) => question.type === 'number' && !question.stichtag);
const [places, staff] = [numbers[0]!, numbers[1]!];

async function answerOf(app: TestBackend, caseId: string, questionId: string) {
  return (await app.call('questionnaire.get', { caseId })).answers.find((answer) => answer.questionId === questionId);
}

async function rathausAnswers(app: TestBackend, caseId: string, values: [string, number][]) {
  const filled = await editWorkbook(await exportTemplate(app, caseId), (workbook) => values.forEach(([id, value]) => setAnswer(workbook, id, value)));
  await app.call('questionnaire.applyImport', { caseId, fileName: 'erste-runde.xlsx', contentBase64: base64(filled) });
}

describe('two departments return the same prefilled template', () => {
  it('a cell the second department left as exported does not turn the newer answer back', async () => {
    const app = await testBackend();
    const caseId = (await app.call('cases.create', { municipalityName: 'Zweiamtstadt', ags: '05711000', kind: 'kommune' })).id;
    await rathausAnswers(app, caseId, [[places.id, 77], [staff.id, 5]]);
    const template = await exportTemplate(app, caseId);
    // Department A changes the places (77 → 80) and returns its copy first.
    const fromA = await editWorkbook(template, (workbook) => setAnswer(workbook, places.id, 80));
    expect(await app.call('questionnaire.applyImport', { caseId, fileName: 'amt-a.xlsx', contentBase64: base64(fromA) })).toMatchObject({ written: true, applied: 1 });
    // Department B only touched the staff figure; its places cell still says 77, as exported.
    const fromB = await editWorkbook(template, (workbook) => setAnswer(workbook, staff.id, 6));
    const preview = await app.call('questionnaire.previewImport', { caseId, fileName: 'amt-b.xlsx', contentBase64: base64(fromB) });
    expect(preview.entries.find((entry) => entry.questionId === places.id)?.status).toBe('unchanged');
    expect(preview.entries.find((entry) => entry.questionId === staff.id)?.status).toBe('changed');
    await app.call('questionnaire.applyImport', { caseId, fileName: 'amt-b.xlsx', contentBase64: base64(fromB) });
    expect((await answerOf(app, caseId, places.id))?.value).toBe(80);
    expect((await answerOf(app, caseId, staff.id))?.value).toBe(6);
  });

  it('a cell both changed is a conflict, not an ordinary change, even though both came from the Rathaus', async () => {
    const app = await testBackend();
    const caseId = (await app.call('cases.create', { municipalityName: 'Zweiamtstadt', ags: '05711000', kind: 'kommune' })).id;
    await rathausAnswers(app, caseId, [[places.id, 77]]);
    const template = await exportTemplate(app, caseId);
    await app.call('questionnaire.applyImport', { caseId, fileName: 'amt-a.xlsx', contentBase64: base64(await editWorkbook(template, (workbook) => setAnswer(workbook, places.id, 80))) });
    const fromB = await editWorkbook(template, (workbook) => setAnswer(workbook, places.id, 90));
    const result = await app.call('questionnaire.applyImport', { caseId, fileName: 'amt-b.xlsx', contentBase64: base64(fromB) });
    expect(result.entries.find((entry) => entry.questionId === places.id)).toMatchObject({ status: 'conflict', before: { value: 80 }, after: { value: 90 } });
    expect(result.skippedConflicts).toEqual([places.id]);
    expect((await answerOf(app, caseId, places.id))?.value).toBe(80);
  });

  it('a template without an export record (from before) is compared as before', async () => {
    const app = await testBackend();
    const caseId = (await app.call('cases.create', { municipalityName: 'Zweiamtstadt', ags: '05711000', kind: 'kommune' })).id;
    await rathausAnswers(app, caseId, [[places.id, 77]]);
    const template = await exportTemplate(app, caseId);
    app.backend.database.sqlite.prepare('DELETE FROM questionnaire_exports').run();
    await app.call('questionnaire.applyImport', { caseId, fileName: 'a.xlsx', contentBase64: base64(await editWorkbook(template, (workbook) => setAnswer(workbook, places.id, 80))) });
    const preview = await app.call('questionnaire.previewImport', { caseId, fileName: 'b.xlsx', contentBase64: base64(template) });
    expect(preview.entries.find((entry) => entry.questionId === places.id)?.status).toBe('changed');
  });
});
