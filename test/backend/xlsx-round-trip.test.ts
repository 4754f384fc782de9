import type ExcelJS from 'exceljs';
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Question } from '../../shared/catalogue/catalogue-schema';
import type { AnswerValue } from '../../shared/questionnaire/answer-value';
import { shippedCatalogue } from '../helpers/catalogues';
import { testBackend } from '../helpers/backend';
import { tempDir } from '../helpers/temp-dir';
import { base64, editWorkbook, exportTemplate, setAnswer } from '../helpers/workbooks';

const audit = shippedCatalogue('audit');
const module = audit.modules[0]!;
const base = { municipalityName: 'Musterstadt', ags: '05711000', kind: 'kommune' as const, modules: [module.id] };

/** A plausible answer per question and how a person might type it into the cell. */
function sample(question: Question, index: number): { stored: AnswerValue; typed: ExcelJS.CellValue } {
  switch (question.type) {
    case 'number': {
      const min = question.min ?? 0;
      const value = question.max === undefined ? min + 1200 + index : min + (index % (question.max - min + 1));
      return { stored: value, typed: index % 2 === 0 ? value : new Intl.NumberFormat('de-DE').format(value) };
    }
    case 'percent':
      return { stored: 37.5 > (question.max ?? 100) ? 1 : question.decimals > 0 ? 37.5 : 38, typed: question.decimals > 0 ? '37,5 %' : '38 %' };
    case 'currency':
      return { stored: 12500.5, typed: '12.500,50 €' };
    case 'yesPartlyNo':
      return { stored: ['ja', 'teilweise', 'nein'][index % 3]!, typed: ['Ja', 'teilweise', 'NEIN'][index % 3]! };
    case 'singleChoice': {
      const option = question.options[index % question.options.length]!;
      return { stored: option.id, typed: option.label };
    }
    case 'multipleChoice': {
      const options = question.options.slice(0, Math.min(2, question.maxSelected ?? 2));
      return { stored: options.map((option) => option.id), typed: options.map((option) => option.label).join('; ') };
    }
    case 'date':
      return { stored: '2025-03-15', typed: index % 2 === 0 ? new Date(Date.UTC(2025, 2, 15)) : '15.03.2025' };
    case 'shortText':
      return { stored: `Familienbüro ${index}`, typed: `Familienbüro ${index}` };
    case 'longText':
      return { stored: `Beschreibung ${index}: täglich geöffnet, auch in den Ferien.`, typed: `Beschreibung ${index}: täglich geöffnet, auch in den Ferien.` };
  }
}

async function setup() {
  const backend = await testBackend();
  const created = await backend.call('cases.create', base);
  const questionnaire = await backend.call('questionnaire.get', { caseId: created.id });
  const questions = questionnaire.catalogue.sections.flatMap((section) => section.questions);
  return { backend, caseId: created.id, questions };
}

describe('Excel round trip', () => {
  it('template → filled as a person types → import → the same answers; a prefilled re-export imports as unchanged', async () => {
    const { backend, caseId, questions } = await setup();
    const expected = new Map(questions.map((question, index) => [question.id, sample(question, index)]));
    const filled = await editWorkbook(await exportTemplate(backend, caseId), (workbook) => {
      for (const question of questions) {
        const withStichtag = 'stichtag' in question && question.stichtag;
        setAnswer(workbook, question.id, expected.get(question.id)!.typed, withStichtag ? { stichtag: '01.03.2026', comment: 'Quelle: Rathaus' } : {});
      }
    });
    const result = await backend.call('questionnaire.applyImport', { caseId, fileName: 'ausgefuellt.xlsx', contentBase64: base64(filled) });
    expect(result.errors).toEqual([]);
    expect(result).toMatchObject({ refusal: null, written: true, applied: questions.length, counts: { new: questions.length, changed: 0, unchanged: 0, conflicts: 0 } });

    const stored = (await backend.call('questionnaire.get', { caseId })).answers;
    expect(Object.fromEntries(stored.map((answer) => [answer.questionId, answer.value]))).toEqual(
      Object.fromEntries(questions.map((question) => [question.id, expected.get(question.id)!.stored])),
    );
    expect(stored.every((answer) => answer.source === 'rathaus')).toBe(true);
    expect(stored.filter((answer) => answer.referenceDate === '2026-03-01').length).toBe(questions.filter((q) => 'stichtag' in q && q.stichtag).length);

    const again = await backend.call('questionnaire.previewImport', { caseId, fileName: 're.xlsx', contentBase64: base64(await exportTemplate(backend, caseId)) });
    expect(again).toMatchObject({ errors: [], counts: { new: 0, changed: 0, conflicts: 0, unchanged: questions.length } });
  });

  it('applies a conflict with an auditor’s answer only when chosen, and logs every import with the original file', async () => {
    const { backend, caseId, questions } = await setup();
    const [first, second] = questions.filter((question) => question.type === 'number');
    await backend.call('questionnaire.saveAnswer', { caseId, questionId: first!.id, value: 10 });
    await backend.call('questionnaire.saveAnswer', { caseId, questionId: second!.id, value: 20 });
    const filled = await editWorkbook(await exportTemplate(backend, caseId), (workbook) => {
      setAnswer(workbook, first!.id, 11);
      setAnswer(workbook, second!.id, 21);
    });
    const input = { caseId, fileName: 'rathaus.xlsx', contentBase64: base64(filled) };

    const preview = await backend.call('questionnaire.previewImport', input);
    expect(preview.entries.filter((entry) => entry.status === 'conflict').map((entry) => [entry.questionId, entry.before?.value, entry.after.value])).toEqual([
      [first!.id, 10, 11],
      [second!.id, 20, 21],
    ]);

    const kept = await backend.call('questionnaire.applyImport', input);
    expect(kept).toMatchObject({ written: true, applied: 0, skippedConflicts: [first!.id, second!.id] });
    const chosen = await backend.call('questionnaire.applyImport', { ...input, overwrite: [second!.id] });
    expect(chosen).toMatchObject({ written: true, applied: 1, skippedConflicts: [first!.id] });

    const answers = Object.fromEntries((await backend.call('questionnaire.get', { caseId })).answers.map((answer) => [answer.questionId, [answer.value, answer.source]]));
    expect(answers[first!.id]).toEqual([10, 'auditor']);
    expect(answers[second!.id]).toEqual([21, 'rathaus']);

    const log = backend.backend.database.sqlite
      .prepare('SELECT file_name, file_content, imported_by, applied FROM questionnaire_imports WHERE case_id = ? ORDER BY imported_at, applied')
      .all(caseId) as { file_name: string; file_content: Buffer; imported_by: string; applied: number }[];
    expect(log.map((entry) => [entry.file_name, entry.applied])).toEqual([
      ['rathaus.xlsx', 0],
      ['rathaus.xlsx', 1],
    ]);
    expect(log[0]!.file_content.equals(filled)).toBe(true);
    expect(log[0]!.imported_by.length).toBeGreaterThan(0);
  });

  it('matches rows by ID: reversed row order and an inserted column do not matter', async () => {
    const { backend, caseId, questions } = await setup();
    const numbers = questions.filter((question) => question.type === 'number').slice(0, 3);
    const filled = await editWorkbook(await exportTemplate(backend, caseId), (workbook) => {
      numbers.forEach((question, index) => setAnswer(workbook, question.id, 100 + index));
      for (const sheet of workbook.worksheets.filter((candidate) => candidate.state === 'visible' && candidate.getCell('A1').value === 'ID')) {
        const rows = Array.from({ length: sheet.rowCount - 1 }, (_, index) => sheet.getRow(index + 2).values as ExcelJS.CellValue[]);
        rows.reverse().forEach((values, index) => (sheet.getRow(index + 2).values = values));
        sheet.spliceColumns(2, 0, ['Bearbeiter']);
      }
    });
    const result = await backend.call('questionnaire.applyImport', { caseId, fileName: 'sortiert.xlsx', contentBase64: base64(filled) });
    expect(result.errors).toEqual([]);
    expect(result.applied).toBe(3);
    const answers = Object.fromEntries((await backend.call('questionnaire.get', { caseId })).answers.map((answer) => [answer.questionId, answer.value]));
    expect(answers).toEqual(Object.fromEntries(numbers.map((question, index) => [question.id, 100 + index])));
  });

  it('writes nothing at all when a single row is invalid', async () => {
    const { backend, caseId, questions } = await setup();
    const numbers = questions.filter((question) => question.type === 'number');
    const filled = await editWorkbook(await exportTemplate(backend, caseId), (workbook) => {
      setAnswer(workbook, numbers[0]!.id, 5);
      setAnswer(workbook, numbers[1]!.id, 'ganz viele');
    });
    const result = await backend.call('questionnaire.applyImport', { caseId, fileName: 'x.xlsx', contentBase64: base64(filled) });
    expect(result).toMatchObject({ written: false, applied: 0 });
    expect(result.errors).toEqual([expect.objectContaining({ questionId: numbers[1]!.id, message: expect.stringMatching(/„ganz viele“ ist keine Zahl/) })]);
    expect((await backend.call('questionnaire.get', { caseId })).answers).toEqual([]);
  });
});

const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' });
const python = spawnSync('/usr/bin/python3', ['-c', 'import openpyxl'], { encoding: 'utf8' });
const interopSkip =
  soffice.status !== 0 ? 'LibreOffice (soffice) is not installed' : python.status !== 0 ? '/usr/bin/python3 has no openpyxl (apt-get install python3-openpyxl)' : null;
if (interopSkip) console.log(`[LibreOffice interop test] skipped: ${interopSkip}`);

describe('LibreOffice interop', () => {
  it.skipIf(interopSkip !== null)('a template re-saved by LibreOffice, then filled by another program, imports', async () => {
    const { backend, caseId, questions } = await setup();
    const dir = tempDir();
    writeFileSync(join(dir, 'vorlage.xlsx'), await exportTemplate(backend, caseId));
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'xlsx', '--outdir', join(dir, 'lo'), join(dir, 'vorlage.xlsx')], { stdio: 'pipe' });
    const number = questions.find((question) => question.type === 'number' && question.stichtag)!;
    const choice = questions.find((question) => question.type === 'yesPartlyNo')!;
    execFileSync('/usr/bin/python3', ['test/fixtures/fill-with-openpyxl.py', join(dir, 'lo', 'vorlage.xlsx'), join(dir, 'filled.xlsx'), `${number.id}=1.234`, `${choice.id}=Teilweise`], { stdio: 'pipe' });
    const result = await backend.call('questionnaire.applyImport', { caseId, fileName: 'libreoffice.xlsx', contentBase64: base64(readFileSync(join(dir, 'filled.xlsx'))) });
    expect(result.errors).toEqual([]);
    expect(result).toMatchObject({ refusal: null, written: true, applied: 2 });
    const answers = Object.fromEntries((await backend.call('questionnaire.get', { caseId })).answers.map((answer) => [answer.questionId, answer.value]));
    expect(answers).toEqual({ [number.id]: 1234, [choice.id]: 'teilweise' });
  }, 120_000);
});
