import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBackend } from '../electron/backend/backend';
import { catalogueSchema, type Catalogue, type Question } from '../shared/catalogue/catalogue-schema';
import { typedInvoke } from '../shared/contract/invoke';
import { measurePair, type Measurement } from './bench-table';

const RUNS = 7;
const PAIRED_RUNS = 15;
const QUESTIONS_PER_FIELD = 50;

/** The shipped audit catalogue stretched to 300 questions (6 fields × 50), as a new catalogue. */
function bigCatalogue(): Catalogue {
  const shipped = catalogueSchema.parse(JSON.parse(readFileSync('resources/catalogues/audit-familiengerechte-kommune.v1.json', 'utf8')));
  const fieldSections = shipped.questionnaire.sections.filter((section) => section.fieldId);
  const sections = shipped.fields.map((field) => {
    const pool = fieldSections.filter((section) => section.fieldId === field.id).flatMap((section) => section.questions);
    const questions = Array.from({ length: QUESTIONS_PER_FIELD }, (_, index) => ({ ...pool[index % pool.length]!, id: `${field.id}.b${index}` }));
    return { id: `${field.id}.bench`, title: field.name, fieldId: field.id, questions };
  });
  return { ...shipped, id: 'bench-300', modules: [], questionnaire: { sections } };
}

function typedValue(question: Question, index: number): ExcelJS.CellValue {
  switch (question.type) {
    case 'number':
      return question.max === undefined ? 1000 + index : Math.min(question.max, index);
    case 'percent':
      return '37,5 %';
    case 'currency':
      return '12.500,00 €';
    case 'yesPartlyNo':
      return 'Ja';
    case 'singleChoice':
      return question.options[0]!.label;
    case 'multipleChoice':
      return question.options.slice(0, 2).map((option) => option.label).join('; ');
    case 'date':
      return '15.03.2025';
    default:
      return `Antwort ${index}`;
  }
}

export async function benchXlsx(): Promise<Measurement[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'familienaudit-bench-'));
  const backend = await createBackend({ dataDir, onInternalError: (method, error) => console.error(method, error) });
  try {
    const invoke = typedInvoke(backend.dispatch);
    const call = async <T>(promise: Promise<{ ok: true; value: T } | { ok: false; error: { message: string } }>): Promise<T> => {
      const result = await promise;
      if (!result.ok) throw new Error(result.error.message);
      return result.value;
    };
    const catalogue = bigCatalogue();
    await call(invoke('catalogues.import', { content: JSON.stringify(catalogue) }));
    const created = await call(invoke('cases.create', { municipalityName: 'Benchstadt', ags: '05711000', kind: 'kommune', catalogueId: 'bench-300' }));
    const questions = catalogue.questionnaire.sections.flatMap((section) => section.questions);

    const template = Buffer.from((await call(invoke('questionnaire.exportTemplate', { caseId: created.id }))).contentBase64, 'base64');
    // The raw library's share of the export: exceljs writing a workbook with the same sheets and cells.
    const sameCells = new ExcelJS.Workbook();
    await sameCells.xlsx.load(template as unknown as ExcelJS.Buffer);
    const exportPair = await measurePair(
      RUNS,
      () => call(invoke('questionnaire.exportTemplate', { caseId: created.id })),
      () => sameCells.xlsx.writeBuffer(),
    );
    const exported = exportPair.ours;

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(template as unknown as ExcelJS.Buffer);
    for (const sheet of workbook.worksheets) {
      const header = sheet.getRow(1).values as unknown[];
      const [idColumn, answerColumn] = [header.indexOf('ID'), header.indexOf('Antwort')];
      if (idColumn < 0) continue;
      sheet.eachRow((row, number) => {
        if (number === 1) return;
        const index = questions.findIndex((question) => question.id === row.getCell(idColumn).value);
        if (index >= 0) row.getCell(answerColumn).value = typedValue(questions[index]!, index);
      });
    }
    const filled = Buffer.from(await workbook.xlsx.writeBuffer());
    if (process.env.BENCH_SAVE) (await import('node:fs')).writeFileSync(process.env.BENCH_SAVE, filled);
    const input = { caseId: created.id, fileName: 'bench.xlsx', contentBase64: filled.toString('base64') };
    const check = await call(invoke('questionnaire.previewImport', input));
    if (check.errors.length > 0 || check.refusal) throw new Error(`bench workbook does not import: ${check.refusal ?? check.errors[0]?.message}`);

    const pair = await measurePair(
      PAIRED_RUNS,
      () => call(invoke('questionnaire.applyImport', { ...input, overwrite: 'all' })),
      async () => {
        const plain = new ExcelJS.Workbook();
        await plain.xlsx.load(filled as unknown as ExcelJS.Buffer);
      },
    );
    const [imported, bare] = [pair.ours, pair.raw];
    return [
      {
        operation: `Excel: Vorlage exportieren (${questions.length} Fragen)`,
        medianMs: exported.median,
        worstMs: exported.worst,
        budgetMs: 300,
        ratio: exported.median / exportPair.raw.median,
        ratioBudget: null,
      },
      { operation: 'Excel: exceljs schreibt dieselbe Vorlage (roh)', medianMs: exportPair.raw.median, worstMs: exportPair.raw.worst, budgetMs: null, ratio: null, ratioBudget: null },
      { operation: 'Excel: exceljs lädt dieselbe Datei (roh)', medianMs: bare.median, worstMs: bare.worst, budgetMs: null, ratio: null, ratioBudget: null },
      {
        operation: `Excel: Import Ende-zu-Ende (${questions.length} Fragen)`,
        medianMs: imported.median,
        worstMs: imported.worst,
        budgetMs: 300,
        ratio: imported.median / bare.median,
        ratioBudget: 2,
      },
    ];
  } finally {
    await backend.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
