import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBackend } from '../../electron/backend/backend';
import { typedInvoke } from '../../shared/contract/invoke';
import type { Measurement } from '../bench-table';
import { catalogueWithQuestions, filledTemplate } from '../data/sized-catalogue';
import { measureGrowth, succeeding } from './sized-pair';
import { succeedingCall } from '../data/succeeding-call';

const SIZES = [100, 1_000] as const;
const RUNS = 5;

/** 100 and 1,000 questions: loading the questionnaire, exporting its template, and the import of a filled-in one (preview and apply). */
export async function benchQuestionCountGrowth(): Promise<Measurement[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'familienaudit-bench-questions-'));
  const backend = await createBackend({ dataDir, user: 'bench' });
  const invoke = typedInvoke(backend.dispatch);
  const call = succeedingCall(invoke);
  try {
    await call('settings.update', { userName: 'Benchmark' });
    const sized: { label: string; caseIds: string[]; workbook: string }[] = [];
    for (const questions of SIZES) {
      const catalogue = catalogueWithQuestions(questions);
      await call('catalogues.import', { content: JSON.stringify(catalogue) });
      // One case per apply (each takes its workbook once), plus the warm-up's.
      const caseIds: string[] = [];
      for (let index = 0; index <= RUNS + 1; index += 1) caseIds.push((await call('cases.create', { municipalityName: `Fragenstadt ${index}`, ags: '05711000', kind: 'kommune', catalogueId: catalogue.id })).id);
      const template = Buffer.from((await call('questionnaire.exportTemplate', { caseId: caseIds[0]! })).contentBase64, 'base64');
      const workbook = (await filledTemplate(template, catalogue.questionnaire.sections.flatMap((section) => section.questions))).toString('base64');
      await call('questionnaire.applyImport', { caseId: caseIds[0]!, fileName: 'rathaus.xlsx', contentBase64: workbook });
      sized.push({ label: `${questions.toLocaleString('de-DE')} Fragen`, caseIds, workbook });
    }
    const pair = (name: string, ratioBudget: number, run: (size: (typeof sized)[number]) => () => Promise<unknown>, runs?: number) =>
      measureGrowth({ name, ratioBudget, small: { label: sized[0]!.label, run: run(sized[0]!) }, large: { label: sized[1]!.label, run: run(sized[1]!) } }, runs);
    const next = new Map(sized.map((size) => [size, 1]));
    return [
      ...(await pair('Fragebogen laden (beantwortet)', 10, (size) => succeeding(() => invoke('questionnaire.get', { caseId: size.caseIds[0]! })))),
      ...(await pair('Fragebogen-Vorlage exportieren', 10, (size) => succeeding(() => invoke('questionnaire.exportTemplate', { caseId: size.caseIds[0]! })))),
      ...(await pair('Ausgefüllte Arbeitsmappe: Vorschau', 10, (size) => succeeding(() => invoke('questionnaire.previewImport', { caseId: size.caseIds[1]!, fileName: 'rathaus.xlsx', contentBase64: size.workbook })))),
      ...(await pair(
        'Ausgefüllte Arbeitsmappe: übernehmen (mit Sicherung)',
        10,
        (size) => () => {
          const caseId = size.caseIds[next.get(size)!]!;
          next.set(size, next.get(size)! + 1);
          return succeeding(() => invoke('questionnaire.applyImport', { caseId, fileName: 'rathaus.xlsx', contentBase64: size.workbook }))();
        },
        RUNS,
      )),
    ];
  } finally {
    await backend.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
