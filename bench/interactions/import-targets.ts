import { createBackend } from '../../electron/backend/backend';
import { typedInvoke } from '../../shared/contract/invoke';
import { catalogueWithQuestions, filledTemplate } from '../data/sized-catalogue';
import { succeedingCall } from '../data/succeeding-call';

export interface ImportTarget {
  caseId: string;
  /** Its questionnaire template with every answer filled in, as the Rathaus sends it back. */
  workbook: Buffer;
}

/** Fresh cases of a `questions`-question catalogue in the data folder, each with its filled-in workbook. */
export async function prepareImportTargets(dataDir: string, count: number, questions: number): Promise<ImportTarget[]> {
  const backend = await createBackend({ dataDir, user: 'bench' });
  const invoke = typedInvoke(backend.dispatch);
  const call = succeedingCall(invoke);
  try {
    const catalogue = catalogueWithQuestions(questions);
    await call('catalogues.import', { content: JSON.stringify(catalogue) });
    await call('settings.update', { userName: 'Benchmark' });
    const all = catalogue.questionnaire.sections.flatMap((section) => section.questions);
    const targets: ImportTarget[] = [];
    for (let index = 0; index < count; index += 1) {
      const { id: caseId } = await call('cases.create', { municipalityName: `Importstadt ${index + 1}`, ags: '05711000', kind: 'kommune', catalogueId: catalogue.id });
      const template = Buffer.from((await call('questionnaire.exportTemplate', { caseId })).contentBase64, 'base64');
      targets.push({ caseId, workbook: await filledTemplate(template, all) });
    }
    return targets;
  } finally {
    await backend.close();
  }
}
