import ExcelJS from 'exceljs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBackend } from '../electron/backend/backend';
import { assessmentWorkbookInput } from '../electron/backend/certification/assessment-export';
import { typedInvoke } from '../shared/contract/invoke';
import { measurePair, type Measurement } from './bench-table';
import { succeedingCall } from './data/succeeding-call';
import { createFullAssessmentCase, FULL_CASE_GOALS, FULL_CASE_MEASURES } from './data/full-assessment-case';

/** A full case: every question answered, 20 goals with 45 measures, rated and adopted. */
export async function benchAssessmentExport(): Promise<Measurement[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'familienaudit-bench-assessment-'));
  const backend = await createBackend({ dataDir });
  try {
    const invoke = typedInvoke(backend.dispatch);
    const call = succeedingCall(invoke);
    const caseId = await createFullAssessmentCase(call);
    const detail = await call('cases.get', { id: caseId });
    const catalogue = await call('catalogues.get', { id: detail.catalogueId, version: detail.catalogueVersion });
    const input = assessmentWorkbookInput({
      detail,
      catalogue,
      questionnaire: await call('questionnaire.get', { caseId }),
      scoring: await call('scoring.get', { caseId }),
      agreement: await call('goals.get', { caseId }),
      assessment: await call('certification.get', { caseId }),
      participation: await call('participation.get', { caseId }),
      ideas: await call('participation.ideas', { caseId }),
      evidence: await call('evidence.list', { caseId }),
      appVersion: 'bench',
      exportedAt: new Date().toISOString(),
      chartPng: null,
      sign: () => ({ signature: '', publicKey: '', fingerprint: '' }),
    });
    const pair = await measurePair(
      9,
      () => call('certification.exportWorkbook', { caseId }),
      async () => {
        // The same cells written by bare exceljs: no gathering, no styles, no checksum.
        const workbook = new ExcelJS.Workbook();
        for (const sheet of input.sheets) {
          const worksheet = workbook.addWorksheet(sheet.name);
          worksheet.addRow(sheet.columns.map((column) => column.title));
          for (const row of sheet.rows) worksheet.addRow(row.map((cell) => (cell !== null && typeof cell === 'object' ? new Date(cell.date) : cell)));
        }
        await workbook.xlsx.writeBuffer();
      },
    );
    return [
      { operation: 'Excel: exceljs schreibt dieselben Zellen (roh)', medianMs: pair.raw.median, worstMs: pair.raw.worst, budgetMs: null, ratio: null, ratioBudget: null },
      {
        operation: `Excel: Gutachten exportieren (voller Fall, ${FULL_CASE_GOALS} Ziele, ${FULL_CASE_MEASURES} Maßnahmen)`,
        medianMs: pair.ours.median,
        worstMs: pair.ours.worst,
        budgetMs: 500,
        ratio: pair.ours.median / pair.raw.median,
        ratioBudget: null,
      },
    ];
  } finally {
    await backend.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
