import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBackend } from '../../electron/backend/backend';
import { typedInvoke } from '../../shared/contract/invoke';
import type { Measurement } from '../bench-table';
import { createFullCase } from '../data/full-case';
import { measureGrowth, succeeding } from './sized-pair';

const SIZES = [45, 450] as const;

/** 45 and 450 measures in a finished case: the goal agreement, the assessment workbook, and what the Auditbericht page loads. */
export async function benchMeasureCountGrowth(): Promise<Measurement[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'familienaudit-bench-measures-'));
  const backend = await createBackend({ dataDir, user: 'bench' });
  const invoke = typedInvoke(backend.dispatch);
  try {
    backend.database.sqlite.pragma('synchronous = OFF');
    const cases: { label: string; caseId: string }[] = [];
    for (const measures of SIZES) cases.push({ label: `${measures} Maßnahmen`, caseId: await createFullCase(invoke, `Maßnahmenstadt ${measures}`, { measures }) });
    const pair = (name: string, run: (caseId: string) => () => Promise<unknown>) =>
      measureGrowth({ name, ratioBudget: 10, small: { label: cases[0]!.label, run: run(cases[0]!.caseId) }, large: { label: cases[1]!.label, run: run(cases[1]!.caseId) } });
    return [
      ...(await pair('Zielvereinbarung laden', (caseId) => succeeding(() => invoke('goals.get', { caseId })))),
      ...(await pair('Gutachten (.xlsx) exportieren', (caseId) => succeeding(() => invoke('certification.exportWorkbook', { caseId })))),
      ...(await pair('Daten des Auditberichts laden', (caseId) => async () => {
        const results = await Promise.all([invoke('cases.get', { id: caseId }), invoke('scoring.get', { caseId }), invoke('goals.get', { caseId }), invoke('certification.get', { caseId })]);
        const failed = results.find((result) => !result.ok);
        if (failed && !failed.ok) throw new Error(failed.error.message);
      })),
    ];
  } finally {
    await backend.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
