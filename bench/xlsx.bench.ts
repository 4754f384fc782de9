import ExcelJS from 'exceljs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBackend } from '../electron/backend/backend';
import { typedInvoke } from '../shared/contract/invoke';
import { measurePair, type Measurement } from './bench-table';
import { catalogueWithQuestions, filledTemplate } from './data/sized-catalogue';

const RUNS = 7;
const PAIRED_RUNS = 15;

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
    const catalogue = catalogueWithQuestions(300);
    await call(invoke('catalogues.import', { content: JSON.stringify(catalogue) }));
    const created = await call(invoke('cases.create', { municipalityName: 'Benchstadt', ags: '05711000', kind: 'kommune', catalogueId: catalogue.id }));
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

    const filled = await filledTemplate(template, questions);
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
