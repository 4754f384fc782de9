import ExcelJS from 'exceljs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBackend } from '../electron/backend/backend';
import { assessmentWorkbookInput } from '../electron/backend/certification/assessment-export';
import { typedInvoke } from '../shared/contract/invoke';
import { completeCase, validValue } from '../test/helpers/complete-case';
import { measurePair, type Measurement } from './bench-table';
import { succeedingCall } from './data/succeeding-call';

const GOALS = 20;
const MEASURES = 45;

/** A full case: every question answered, 20 goals with 45 measures, rated and adopted. */
export async function benchAssessmentExport(): Promise<Measurement[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'familienaudit-bench-assessment-'));
  const backend = await createBackend({ dataDir });
  try {
    const invoke = typedInvoke(backend.dispatch);
    const call = succeedingCall(invoke);
    const caseId = (await call('cases.create', { municipalityName: 'Benchstadt', ags: '05711000', kind: 'kommune' })).id;
    const questionnaire = await call('questionnaire.get', { caseId });
    for (const question of questionnaire.catalogue.sections.flatMap((section) => section.questions)) {
      await call('questionnaire.saveAnswer', { caseId, questionId: question.id, value: validValue(question), comment: 'Quelle: Rathaus' });
    }
    await completeCase({ call }, caseId);
    let agreement = await call('goals.get', { caseId });
    const amendment = { date: '2026-04-01', reason: 'Ausbau für den Benchmark' };
    for (let index = agreement.totals.goals; index < GOALS; index += 1) {
      const field = agreement.fields[index % agreement.fields.length]!;
      agreement = await call('goals.addNode', { caseId, kind: 'goal', parentId: field.strategicGoals[0]!.id, title: `Ziel ${index + 1}`, amendment });
    }
    const goals = agreement.fields.flatMap((field) => field.strategicGoals.flatMap((strategic) => strategic.goals));
    for (let index = agreement.totals.measures; index < MEASURES; index += 1) {
      await call('goals.addMeasure', {
        caseId,
        goalId: goals[index % goals.length]!.id,
        measure: { title: `Maßnahme ${index + 1}`, responsibleUnit: 'Rathaus', startMonth: '2026-01', endMonth: '2027-12', budget: 1000 * index, priority: 'mittel' },
        amendment,
      });
    }
    const assessment = await call('certification.get', { caseId });
    for (const criterion of assessment.criteria) await call('certification.rate', { caseId, criterionId: criterion.id, rating: 'erfuellt', justification: 'belegt' });

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
      appVersion: 'bench',
      exportedAt: new Date().toISOString(),
      chartPng: null,
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
        operation: `Excel: Gutachten exportieren (voller Fall, ${GOALS} Ziele, ${MEASURES} Maßnahmen)`,
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
