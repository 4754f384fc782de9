import type { Page } from '@playwright/test';
import { summarize, type Measurement } from './bench-table';
import type { LargeDatabase } from './data/large-database';
import { AppSession } from './interactions/app-session';
import { FILE_OFFERED, has } from './interactions/in-page';
import { prepareImportTargets, type ImportTarget } from './interactions/import-targets';

/** Each session is a fresh start of backend and browser: its first visit of a page is the cold one. */
const SESSIONS = 5;
const WARM_VISITS = 3;
const IMPORT_QUESTIONS = 300;
/** After the start the auditor looks at the list before the first click; what the app does at idle happens then. */
const LOOK_AT_LIST_MS = 1000;
/** Likewise on the case's overview (phase, warnings, next steps) before the first of its pages. */
const LOOK_AT_CASE_MS = 1000;
const NAVIGATION_BUDGET_MS = 100;

const RADAR = has('.recharts-radar-polygon');

interface SubPage {
  name: string;
  link: string;
  shown: string;
  /** On a page that draws in two steps: what shows first (text before charts, the goal tree before what lies below it). */
  content?: string;
  /** The export offered on the page, timed until the file is offered. */
  exportButton?: { testId: string; name: string };
}

const SUB_PAGES: SubPage[] = [
  { name: 'Fragebogen', link: 'open-questionnaire', shown: has('li[data-testid^="question-"]'), exportButton: { testId: 'export-template', name: 'Fragebogen-Vorlage (.xlsx)' } },
  {
    name: 'Stärken/Schwächen',
    link: 'open-scoring',
    content: `${has('[data-testid="profile-table"]')} && ${has('li[data-testid^="criterion-"]')}`,
    shown: `${has('[data-testid="profile-table"]')} && ${has('li[data-testid^="criterion-"]')} && ${RADAR}`,
    exportButton: { testId: 'export-png', name: 'Profil als Bild (.png)' } },
  { name: 'Zielvereinbarung', link: 'open-goals', content: has('[data-testid="goal-tree"]'), shown: `${has('[data-testid="goal-tree"]')} && ${has('[data-testid="progress-table"]')}` },
  {
    name: 'Zertifizierung',
    link: 'open-certification',
    content: `${has('[data-testid="recommendation"]')} && ${has('[data-testid="formal-checks"]')}`,
    shown: `${has('[data-testid="recommendation"]')} && ${has('[data-testid="formal-checks"]')} && ${RADAR}`,
    exportButton: { testId: 'export-assessment', name: 'Gutachten (.xlsx)' },
  },
  { name: 'Auditbericht', link: 'open-report', content: has('[data-testid="report"]'), shown: `${has('[data-testid="report"]')} && ${RADAR}` },
  { name: 'Änderungsprotokoll', link: 'open-change-log', shown: has('[data-testid="change-entry"]') },
];
const CASE_SHOWN = `${has('[data-testid="case-title"]')} && ${has('[data-testid="open-questionnaire"]')}`;
const BACKUPS_SHOWN = `${has('[data-testid="backup-table"]')} || ${has('[data-testid="backups-empty"]')}`;

type Samples = Map<string, { cold: number[]; warm: number[]; budgetMs: number | null }>;

function recorder(samples: Samples) {
  return (name: string, kind: 'cold' | 'warm', ms: number, budgetMs: number | null) => {
    const entry = samples.get(name) ?? { cold: [], warm: [], budgetMs };
    entry[kind].push(ms);
    if (process.env.BENCH_VERBOSE) console.log(`  ${name}, ${kind}: ${ms.toFixed(1)} ms`);
    samples.set(name, entry);
  };
}

async function walkOneStart(large: LargeDatabase, targets: [ImportTarget, ImportTarget], record: ReturnType<typeof recorder>): Promise<void> {
  const app = await AppSession.start(large.dataDir);
  const caseName = 'Benchstadt';
  try {
    record(`Start bis bedienbare Fallliste (${large.cases} Fälle)`, 'cold', app.startToListMs, 1000);
    record('Start: Fenster bis erste Anzeige („Familienaudit wird geöffnet …“)', 'cold', app.windowToFirstPaintMs, NAVIGATION_BUDGET_MS);
    await app.page.waitForTimeout(LOOK_AT_LIST_MS);
    await app.untimed((page) => page.getByTestId('case-search').fill(caseName), (page) => page.getByTestId('case-link').filter({ hasText: caseName }));
    const openCase = (page: Page) => page.getByTestId('case-link').filter({ hasText: caseName }).first().click();
    record('Fall öffnen (aus der Liste)', 'cold', await app.timed(openCase, CASE_SHOWN), NAVIGATION_BUDGET_MS);
    await app.page.waitForTimeout(LOOK_AT_CASE_MS);
    const backToCase = () => app.untimed((page) => page.getByRole('link', { name: caseName, exact: true }).first().click(), (page) => page.getByTestId('open-questionnaire'));

    for (const visit of ['cold', ...Array<'warm'>(WARM_VISITS).fill('warm')] as const) {
      for (const sub of SUB_PAGES) {
        const open = (page: Page) => page.getByTestId(sub.link).click();
        if (sub.content) {
          const [content, complete] = await app.timedWithProgress(open, sub.content, sub.shown);
          record(`Seite ${sub.name}: Inhalt sichtbar`, visit, content, NAVIGATION_BUDGET_MS);
          record(`Seite ${sub.name}: vollständig`, visit, complete, NAVIGATION_BUDGET_MS);
        } else record(`Seite ${sub.name}`, visit, await app.timed(open, sub.shown), NAVIGATION_BUDGET_MS);
        record(`Seite ${sub.name}: erste Rückmeldung (Lädt … oder Inhalt)`, visit, await app.lastFeedback(), NAVIGATION_BUDGET_MS);
        if (sub.exportButton) record(`Export ${sub.exportButton.name}`, visit, await app.timed((page) => page.getByTestId(sub.exportButton!.testId).click(), FILE_OFFERED), null);
        await backToCase();
      }
      record('Export Übergabedatei (.familienaudit)', visit, await app.timed((page) => page.getByTestId('export-transfer').click(), FILE_OFFERED), null);
      record('Seite Sicherungen', visit, await app.timed((page) => page.getByRole('link', { name: 'Sicherungen', exact: true }).click(), BACKUPS_SHOWN), NAVIGATION_BUDGET_MS);
      await app.untimed((page) => page.getByRole('link', { name: 'Auditfälle', exact: true }).first().click(), (page) => page.getByTestId('case-link'));
      if (visit === 'warm') record('Fall öffnen (aus der Liste)', 'warm', await app.timed(openCase, CASE_SHOWN), NAVIGATION_BUDGET_MS);
      else await app.untimed(openCase, (page) => page.getByTestId('open-questionnaire'));
    }

    for (const [index, target] of targets.entries()) {
      const visit = index === 0 ? 'cold' : 'warm';
      await app.untimed((page) => page.evaluate(`location.hash = '#/faelle/${target.caseId}/fragebogen'`), (page) => page.getByTestId('import-file'));
      const choose = (page: Page) => page.getByTestId('import-file').setInputFiles({ name: 'rathaus.xlsx', mimeType: 'application/octet-stream', buffer: target.workbook });
      const [checking, previewShown] = await app.timedWithProgress(choose, has('[data-testid="exchange-busy"]'), has('[data-testid="import-counts"]'));
      record(`Arbeitsmappe gewählt bis „wird geprüft …“`, visit, checking, NAVIGATION_BUDGET_MS);
      record(`Arbeitsmappe gewählt bis Vorschau (${IMPORT_QUESTIONS} Fragen)`, visit, previewShown, 300);
      const [shown, done] = await app.timedWithProgress((page) => page.getByTestId('apply-import').click(), has('[data-testid="exchange-busy"]'), has('[data-testid="exchange-message"]'));
      record(`Import übernehmen (${IMPORT_QUESTIONS} Antworten): Fortschritt sichtbar`, visit, shown, NAVIGATION_BUDGET_MS);
      record(`Import übernehmen (${IMPORT_QUESTIONS} Antworten, mit Sicherung der Datenbank)`, visit, done, null);
    }
    for (let visit = 0; visit < WARM_VISITS; visit += 1) record(`Start bis bedienbare Fallliste (${large.cases} Fälle)`, 'warm', await app.reloadToList(), 1000);
  } finally {
    await app.stop();
  }
}

/**
 * What the auditor waits for, in Chromium through the browser mode on the large data folder:
 * from the click (the event's time stamp) to the first frame that shows the settled result.
 */
export async function benchInteractions(large: LargeDatabase): Promise<Measurement[]> {
  const targets = await prepareImportTargets(large.dataDir, SESSIONS * 2, IMPORT_QUESTIONS);
  const samples: Samples = new Map();
  const record = recorder(samples);
  for (let session = 0; session < SESSIONS; session += 1) await walkOneStart(large, [targets[session * 2]!, targets[session * 2 + 1]!], record);
  return [...samples].flatMap(([name, entry]) =>
    (['cold', 'warm'] as const)
      .filter((kind) => entry[kind].length > 0)
      .map((kind) => {
        const timing = summarize(entry[kind]);
        return { operation: `Klick bis Bild: ${name}, ${kind === 'cold' ? 'kalt' : 'warm'}`, medianMs: timing.median, worstMs: timing.worst, budgetMs: entry.budgetMs, ratio: null, ratioBudget: null };
      }),
  );
}
