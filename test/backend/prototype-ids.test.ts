import { describe, expect, it } from 'vitest';
import { validateCatalogue } from '../../shared/catalogue/validate-catalogue';
import { testBackend } from '../helpers/backend';
import { rawCatalogue } from '../helpers/catalogues';
import { completeCase } from '../helpers/complete-case';
import { base64, editWorkbook, exportTemplate, setAnswer } from '../helpers/workbooks';

/** A valid catalogue whose first field, first question and first criterion are all called `constructor`. */
function constructorCatalogue() {
  const catalogue = rawCatalogue('audit');
  const text = JSON.stringify(catalogue).replaceAll('"hf1"', '"constructor"').replaceAll('"hf1.einwohnerzahl"', '"constructor"').replaceAll('"hf1.k1"', '"constructor"');
  return { ...JSON.parse(text), id: 'prototyp-katalog', name: 'Katalog mit Prototyp-Kennungen' } as Record<string, unknown>;
}

const PROTOTYPE_PROPERTIES = ['total', 'done', 'answered', 'required', 'requiredAnswered', 'planned', 'late'];

describe('ids that are JavaScript property names', () => {
  it.each(['__proto__', 'toString', 'hasOwnProperty', 'valueOf'])('refuses %s as an id with a German message', (id) => {
    const catalogue = rawCatalogue('audit');
    catalogue.fields[0].id = id;
    const check = validateCatalogue(catalogue);
    expect(check.ok).toBe(false);
    expect(check.ok ? [] : check.problems.join(' ')).toMatch(/Kennungen bestehen aus Kleinbuchstaben/);
  });

  it('run a whole case on a catalogue with a field, question and criterion called `constructor`', async () => {
    const app = await testBackend();
    expect((await app.call('catalogues.import', { content: JSON.stringify(constructorCatalogue()) })).status).toBe('installed');
    const caseId = (await app.call('cases.create', { municipalityName: 'Prototypstadt', ags: '05711000', kind: 'kommune', catalogueId: 'prototyp-katalog' })).id;
    await completeCase(app, caseId);
    await app.call('questionnaire.saveAnswer', { caseId, questionId: 'constructor', value: 41200 });
    await app.call('scoring.rate', { caseId, criterionId: 'constructor', value: 4 });

    const questionnaire = await app.call('questionnaire.get', { caseId });
    expect(questionnaire.progress.byGroup.constructor).toMatchObject({ answered: expect.any(Number) });
    expect(questionnaire.answers.find((answer) => answer.questionId === 'constructor')?.value).toBe(41200);
    const scoring = await app.call('scoring.get', { caseId });
    expect(scoring.fields.find((field) => field.id === 'constructor')?.score).toBe(100);
    const goals = await app.call('goals.get', { caseId });
    expect(goals.progress.byField.constructor).toMatchObject({ total: 1 });
    expect(goals.fields.find((field) => field.id === 'constructor')?.budget).toBe(0);

    const returned = await editWorkbook(await exportTemplate(app, caseId), (workbook) => setAnswer(workbook, 'constructor', 41300));
    expect(await app.call('questionnaire.applyImport', { caseId, fileName: 'r.xlsx', contentBase64: base64(returned), overwrite: 'all' })).toMatchObject({ written: true });
    expect((await app.call('certification.exportWorkbook', { caseId })).contentBase64.length).toBeGreaterThan(1000);
    const file = await app.call('transfer.exportCase', { caseId });
    const other = await testBackend();
    await other.call('transfer.importCase', { ...file, mode: 'new' });
    expect((await other.call('questionnaire.get', { caseId })).answers.find((answer) => answer.questionId === 'constructor')?.value).toBe(41300);

    // Nothing was written onto the global Object through `byGroup.constructor` or `byField.constructor`.
    for (const name of PROTOTYPE_PROPERTIES) expect(Object.hasOwn(Object, name), name).toBe(false);
  });
});
