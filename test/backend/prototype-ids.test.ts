import fc from 'fast-check';
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
    expect(goals.fields.find((field) => field.id === 'constructor')?.budget).toBe(10000);

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

  it('fuzz: catalogues whose ids are drawn from property names either are refused or work for a whole case', async () => {
    const names = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueof', 'prototype', 'length', 'name', 'then'];
    const app = await testBackend();
    let version = 10;
    let installed = 0;
    await fc.assert(
      fc.asyncProperty(fc.record({ field: fc.constantFrom(...names), question: fc.constantFrom(...names), criterion: fc.constantFrom(...names), option: fc.constantFrom(...names), module: fc.constantFrom(...names) }), async (ids) => {
        const catalogue = rawCatalogue('audit');
        version += 1;
        const text = JSON.stringify(catalogue).replaceAll('"hf2"', JSON.stringify(ids.field)).replaceAll('"hf1.einwohnerzahl"', JSON.stringify(ids.question)).replaceAll('"hf1.k1"', JSON.stringify(ids.criterion));
        const changed = { ...JSON.parse(text), id: 'fuzz-katalog', version } as Record<string, any>;
        const choice = changed.questionnaire.sections.flatMap((section: any) => section.questions).find((question: any) => question.type === 'singleChoice');
        choice.options[0].id = ids.option;
        if (changed.modules[0]) changed.modules[0].id = ids.module;
        for (const section of changed.questionnaire.sections) if (section.moduleId === catalogue.modules[0]?.id) section.moduleId = ids.module;
        const result = await app.invoke('catalogues.import', { content: JSON.stringify(changed) });
        if (!result.ok) {
          expect(result.error.code).toBe('INVALID_INPUT');
          return;
        }
        installed += 1;
        const caseId = (await app.call('cases.create', { municipalityName: 'Fuzzstadt', ags: '05711000', kind: 'kommune', catalogueId: 'fuzz-katalog' })).id;
        await completeCase(app, caseId);
        for (const method of ['questionnaire.get', 'scoring.get', 'goals.get', 'certification.get', 'questionnaire.exportTemplate', 'certification.exportWorkbook'] as const) {
          expect((await app.invoke(method, { caseId })).ok, method).toBe(true);
        }
      }),
      { numRuns: 12, seed: 11 },
    );
    expect(installed).toBeGreaterThan(0);
    for (const name of PROTOTYPE_PROPERTIES) expect(Object.hasOwn(Object, name), name).toBe(false);
  }, 120_000);
});
