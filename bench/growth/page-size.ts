import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBackend } from '../../electron/backend/backend';
import { typedInvoke } from '../../shared/contract/invoke';
import { summarize, type Measurement } from '../bench-table';
import { createFullCase } from '../data/full-case';
import { catalogueWithQuestions } from '../data/sized-catalogue';
import { succeedingCall } from '../data/succeeding-call';
import { AppSession } from '../interactions/app-session';
import { has } from '../interactions/in-page';
import { growthRows } from './sized-pair';

const RUNS = 5;

interface SizedPage {
  name: string;
  link: string;
  shown: string;
  small: { label: string; caseId: string };
  large: { label: string; caseId: string };
}

/** Finished cases of both sizes: 100 and 1,000 questions, 45 and 450 measures, every question answered. */
async function createSizedCases(dataDir: string): Promise<SizedPage[]> {
  const backend = await createBackend({ dataDir, user: 'bench' });
  const invoke = typedInvoke(backend.dispatch);
  const call = succeedingCall(invoke);
  try {
    await call('settings.update', { userName: 'Benchmark' });
    const byQuestions: { label: string; caseId: string }[] = [];
    for (const questions of [100, 1_000]) {
      const catalogue = catalogueWithQuestions(questions);
      await call('catalogues.import', { content: JSON.stringify(catalogue) });
      byQuestions.push({ label: `${questions.toLocaleString('de-DE')} Fragen`, caseId: await createFullCase(invoke, `Fragenstadt ${questions}`, { catalogueId: catalogue.id }) });
    }
    const byMeasures: { label: string; caseId: string }[] = [];
    for (const measures of [45, 450]) byMeasures.push({ label: `${measures} Maßnahmen`, caseId: await createFullCase(invoke, `Maßnahmenstadt ${measures}`, { measures }) });
    return [
      { name: 'Seite Fragebogen, Klick bis Bild', link: 'open-questionnaire', shown: has('li[data-testid^="question-"]'), small: byQuestions[0]!, large: byQuestions[1]! },
      { name: 'Seite Zielvereinbarung, Klick bis Bild', link: 'open-goals', shown: has('[data-testid="goal-tree"]'), small: byMeasures[0]!, large: byMeasures[1]! },
    ];
  } finally {
    await backend.close();
  }
}

/**
 * The pages whose content grows with the case, in Chromium through the browser mode: the click on
 * the case page until the page is shown, the small and the large case alternately in one app start.
 */
export async function benchPageSizeGrowth(): Promise<Measurement[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'familienaudit-bench-pages-'));
  try {
    const pages = await createSizedCases(dataDir);
    const app = await AppSession.start(dataDir);
    try {
      const visit = async (caseId: string, page: SizedPage): Promise<number> => {
        await app.untimed((browserPage) => browserPage.evaluate(`location.hash = '#/faelle/${caseId}'`), (browserPage) => browserPage.getByTestId(page.link));
        return app.timed((browserPage) => browserPage.getByTestId(page.link).click(), page.shown);
      };
      const rows: Measurement[] = [];
      for (const page of pages) {
        const small: number[] = [];
        const large: number[] = [];
        // The first visit of each size warms the page's code; the rows are warm visits.
        await visit(page.small.caseId, page);
        await visit(page.large.caseId, page);
        for (let run = 0; run < RUNS; run += 1) {
          small.push(await visit(page.small.caseId, page));
          large.push(await visit(page.large.caseId, page));
        }
        rows.push(...growthRows({ name: page.name, ratioBudget: 10, small: page.small, large: page.large }, summarize(small), summarize(large)));
      }
      return rows;
    } finally {
      await app.stop();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
