import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBackend } from '../electron/backend/backend';
import { typedInvoke } from '../shared/contract/invoke';
import { summarize, type Measurement } from './bench-table';
import { launchChromium, startServer } from './ui/session';

const RUNS = 7;

async function seedRatedCase(dataDir: string): Promise<string> {
  const backend = await createBackend({ dataDir });
  try {
    const invoke = typedInvoke(backend.dispatch);
    const created = await invoke('cases.create', { municipalityName: 'Benchstadt', ags: '05711000', kind: 'kommune' });
    if (!created.ok) throw new Error(created.error.message);
    const scoring = await invoke('scoring.get', { caseId: created.value.id });
    if (!scoring.ok) throw new Error(scoring.error.message);
    for (const field of scoring.value.fields) {
      for (const [index, criterion] of field.criteria.entries()) {
        await invoke('scoring.rate', { caseId: created.value.id, criterionId: criterion.id, value: index % 5, justification: 'Begründung für den Benchmark' });
      }
      for (const kind of ['staerke', 'schwaeche', 'handlungsbedarf'] as const) {
        await invoke('scoring.addItem', { caseId: created.value.id, fieldId: field.id, kind, text: `${kind} in ${field.name}` });
      }
    }
    return created.value.id;
  } finally {
    await backend.close();
  }
}

/** Time from switching to the scoring page until the frame with the full profile is painted. */
export async function benchScoringRender(): Promise<Measurement[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'familienaudit-bench-ui-'));
  const caseId = await seedRatedCase(dataDir);
  const server = await startServer(dataDir);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1360, height: 900 }, locale: 'de-DE' });
    await page.goto(`${server.url}#/faelle/${caseId}`);
    await page.getByTestId('case-title').waitFor();
    // In-page code as a string: the TypeScript runner would wrap functions in helpers the page lacks.
    // Resolves with [first paint of the page, charts drawn], both from the route change.
    const renderScoring = `new Promise((resolve) => {
      const start = performance.now();
      let painted = null;
      location.hash = '#/faelle/${caseId}/bewertung';
      const check = () => {
        if (painted === null && document.querySelector('[data-testid="profile-table"]') && document.querySelector('li[data-testid^="criterion-"]')) {
          painted = performance.now() - start;
        }
        if (painted !== null && document.querySelector('.recharts-radar-polygon')) requestAnimationFrame(() => resolve([painted, performance.now() - start]));
        else requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    })`;
    // Timed inside the page, from the route change; the way back to the case page is not counted.
    const paints: number[] = [];
    const charts: number[] = [];
    for (let run = 0; run <= RUNS; run += 1) {
      await page.evaluate(`location.hash = '#/faelle/${caseId}'`);
      await page.getByTestId('case-title').waitFor();
      const [painted, drawn] = (await page.evaluate(renderScoring)) as [number, number];
      if (run === 0) continue; // warm-up: loading the page's code is not rendering
      paints.push(painted);
      charts.push(drawn);
    }
    const timing = summarize(paints);
    const drawnTiming = summarize(charts);
    return [
      { operation: 'Oberfläche: Bewertungsseite, voller Katalog, erster Paint', medianMs: timing.median, worstMs: timing.worst, budgetMs: 200, ratio: null, ratioBudget: null },
      {
        operation: 'Oberfläche: Bewertungsseite, Diagramme gezeichnet',
        medianMs: drawnTiming.median,
        worstMs: drawnTiming.worst,
        budgetMs: null,
        ratio: null,
        ratioBudget: null,
      },
    ];
  } finally {
    await browser.close();
    server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
