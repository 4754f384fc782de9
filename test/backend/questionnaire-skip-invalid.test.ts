import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { databaseFile } from '../../electron/backend/data-dir';
import { shippedCatalogue } from '../helpers/catalogues';
import { testBackend } from '../helpers/backend';
import { base64, editWorkbook, exportTemplate, locate, setAnswer } from '../helpers/workbooks';

const audit = shippedCatalogue('audit');
const fieldOf = new Map(audit.questionnaire.sections.flatMap((section) => section.questions.map((question) => [question.id, section.fieldId] as const)));
const questions = audit.questionnaire.sections.filter((section) => section.fieldId).flatMap((section) => section.questions);
const dated = questions.find((question) => question.type === 'number' && question.stichtag)!;
const yesNo = questions.find((question) => question.type === 'yesPartlyNo')!;
const [valid, invalid, kept] = questions.filter((question) => question.type === 'number' && question.id !== dated.id);

interface LogRow {
  file_name: string;
  applied: number;
  file_content: Buffer;
  summary: string;
}

async function setup() {
  const backend = await testBackend();
  const created = await backend.call('cases.create', { municipalityName: 'Musterstadt', ags: '05711000', kind: 'kommune' });
  // The auditor's answer to a question whose row in the workbook will be broken: it must survive.
  await backend.call('questionnaire.saveAnswer', { caseId: created.id, questionId: kept!.id, value: 7 });
  const filled = await editWorkbook(await exportTemplate(backend, created.id), (workbook) => {
    setAnswer(workbook, valid!.id, '1.234');
    setAnswer(workbook, yesNo.id, 'teilweise');
    setAnswer(workbook, invalid!.id, 'ganz viele');
    setAnswer(workbook, kept!.id, 'weiß nicht');
    setAnswer(workbook, dated.id, 12, { stichtag: '31.02.2026' });
  });
  const log = () =>
    backend.backend.database.sqlite.prepare('SELECT file_name, applied, file_content, summary FROM questionnaire_imports WHERE case_id = ? ORDER BY imported_at').all(created.id) as LogRow[];
  const answers = async () => Object.fromEntries((await backend.call('questionnaire.get', { caseId: created.id })).answers.map((answer) => [answer.questionId, [answer.value, answer.source]]));
  return { backend, caseId: created.id, filled, input: { caseId: created.id, fileName: 'rathaus.xlsx', contentBase64: base64(filled) }, log, answers };
}

describe('questionnaire import: valid rows applied, invalid ones skipped', () => {
  it('without the choice (the default) stores nothing and logs nothing', async () => {
    const { backend, input, log, answers } = await setup();
    const preview = await backend.call('questionnaire.previewImport', input);
    expect(preview).toMatchObject({ refusal: null, canSkipInvalid: true });
    expect(preview.errors).toHaveLength(3);

    for (const request of [input, { ...input, skipInvalid: false }]) {
      const result = await backend.call('questionnaire.applyImport', request);
      expect(result).toMatchObject({ written: false, applied: 0, skippedRows: [], importId: null });
    }
    expect(await answers()).toEqual({ [kept!.id]: [7, 'auditor'] });
    expect(log()).toEqual([]);
  });

  it('with skipInvalid stores the valid rows, leaves the invalid ones and the answers they would have changed, and names them in the result and the import log', async () => {
    const { backend, filled, input, log, answers } = await setup();
    const result = await backend.call('questionnaire.applyImport', { ...input, skipInvalid: true });
    expect(result).toMatchObject({ refusal: null, written: true, applied: 2, importId: expect.any(String) });

    const skipped = result.skippedRows.map(({ questionId, questionText, value, message, row }) => ({ questionId, questionText, value, message, row }));
    expect(skipped).toEqual(
      expect.arrayContaining([
        { questionId: invalid!.id, questionText: invalid!.text, value: 'ganz viele', message: expect.stringMatching(/„ganz viele“ ist keine Zahl/), row: expect.any(Number) },
        { questionId: kept!.id, questionText: kept!.text, value: 'weiß nicht', message: expect.stringMatching(/„weiß nicht“ ist keine Zahl/), row: expect.any(Number) },
        { questionId: dated.id, questionText: dated.text, value: '31.02.2026', message: expect.stringMatching(/^Stichtag: /), row: expect.any(Number) },
      ]),
    );
    expect(skipped).toHaveLength(3);

    expect(await answers()).toEqual({
      [valid!.id]: [1234, 'rathaus'],
      [yesNo.id]: ['teilweise', 'rathaus'],
      [kept!.id]: [7, 'auditor'],
    });

    const [entry, ...more] = log();
    expect(more).toEqual([]);
    expect(entry).toMatchObject({ file_name: 'rathaus.xlsx', applied: 2 });
    expect(entry!.file_content.equals(filled)).toBe(true);
    const summary = JSON.parse(entry!.summary) as { mode: string; applied: string[]; skippedRows: { sheet: string; row: number; questionId: string; value: string; message: string }[] };
    expect(summary.mode).toBe('skip-invalid');
    expect(summary.applied.sort()).toEqual([valid!.id, yesNo.id].sort());
    expect(summary.skippedRows.map((row) => [row.questionId, row.value])).toEqual(
      expect.arrayContaining([
        [invalid!.id, 'ganz viele'],
        [kept!.id, 'weiß nicht'],
        [dated.id, '31.02.2026'],
      ]),
    );
    expect(summary.skippedRows).toHaveLength(3);
    expect(summary.skippedRows.every((row) => row.sheet.length > 0 && row.row > 1 && row.message.length > 0)).toBe(true);

    // The log row is case data: the change log records it with the skipped rows.
    const changes = backend.backend.database.sqlite.prepare("SELECT new_values FROM change_log WHERE table_name = 'questionnaire_imports'").all() as { new_values: string }[];
    expect(changes).toHaveLength(1);
    expect(JSON.parse(JSON.parse(changes[0]!.new_values).summary as string)).toMatchObject({ mode: 'skip-invalid', skippedRows: expect.any(Array) });
  });

  it('keeps conflicts as before: an auditor’s answer is overwritten only when chosen, also when invalid rows are skipped', async () => {
    const { backend, caseId } = await setup();
    await backend.call('questionnaire.saveAnswer', { caseId, questionId: valid!.id, value: 5 });
    const filled = await editWorkbook(await exportTemplate(backend, caseId), (workbook) => {
      setAnswer(workbook, valid!.id, 6);
      setAnswer(workbook, invalid!.id, 'ganz viele');
    });
    const input = { caseId, fileName: 'rathaus.xlsx', contentBase64: base64(filled), skipInvalid: true };
    expect(await backend.call('questionnaire.applyImport', input)).toMatchObject({ written: true, applied: 0, skippedConflicts: [valid!.id], skippedRows: [{ questionId: invalid!.id }] });
    expect(await backend.call('questionnaire.applyImport', { ...input, overwrite: [valid!.id] })).toMatchObject({ written: true, applied: 1, skippedConflicts: [] });
    const stored = (await backend.call('questionnaire.get', { caseId })).answers.find((answer) => answer.questionId === valid!.id);
    expect([stored?.value, stored?.source]).toEqual([6, 'rathaus']);
  });

  it('cannot skip a problem of a whole sheet: with the choice, still nothing is stored', async () => {
    const { backend, caseId } = await setup();
    const filled = await editWorkbook(await exportTemplate(backend, caseId), (workbook) => {
      setAnswer(workbook, valid!.id, 3);
      const { sheet } = locate(workbook, valid!.id);
      workbook.removeWorksheet(workbook.getWorksheet('Listen')!.id);
      sheet.name = 'Listen';
      const elsewhere = questions.find((question) => question.type === 'number' && fieldOf.get(question.id) !== fieldOf.get(valid!.id))!;
      setAnswer(workbook, elsewhere.id, 'viele');
    });
    const input = { caseId, fileName: 'umbenannt.xlsx', contentBase64: base64(filled) };
    expect(await backend.call('questionnaire.previewImport', input)).toMatchObject({ canSkipInvalid: false });
    expect(await backend.call('questionnaire.applyImport', { ...input, skipInvalid: true })).toMatchObject({ written: false, applied: 0, skippedRows: [] });
    expect((await backend.call('questionnaire.get', { caseId })).answers.map((answer) => answer.questionId)).toEqual([kept!.id]);
  });

  it('writes the valid answers and the log entry in one transaction: when the log cannot be written, no answer is stored', async () => {
    const { backend, input, answers, log } = await setup();
    const sqlite = backend.backend.database.sqlite;
    expect(existsSync(databaseFile(backend.dataDir))).toBe(true);
    sqlite.exec("CREATE TEMP TRIGGER refuse_import_log BEFORE INSERT ON questionnaire_imports BEGIN SELECT RAISE(ABORT, 'disk full'); END");
    await expect(backend.call('questionnaire.applyImport', { ...input, skipInvalid: true })).rejects.toThrow(/disk full/);
    sqlite.exec('DROP TRIGGER refuse_import_log');
    expect(await answers()).toEqual({ [kept!.id]: [7, 'auditor'] });
    expect(log()).toEqual([]);
  });
});
