import type { Page } from '@playwright/test';
import { summarize, type Measurement } from './bench-table';
import type { LargeDatabase } from './data/large-database';
import { launchChromium, startServer } from './ui/session';

const RUNS = 7;
/** A short-text question of the first field in the shipped audit catalogue. */
const TYPED_QUESTION = 'hf1.projektleitung';

// In-page code as strings: the TypeScript runner would wrap functions in helpers the page lacks.
const WATCH_LIST_PAINT = `(() => {
  const check = () => {
    if (document.querySelector('[data-testid="case-row"]')) window.__listPainted = performance.now();
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})()`;

const WAIT_FOR_LIST_PAINT = `new Promise((resolve) => {
  const check = () => (window.__listPainted ? resolve(window.__listPainted) : requestAnimationFrame(check));
  check();
})`;

function openQuestionnaire(caseId: string): string {
  return `new Promise((resolve) => {
    const start = performance.now();
    location.hash = '#/faelle/${caseId}/fragebogen/hf1';
    const check = () => {
      if (document.querySelector('li[data-testid="question-${TYPED_QUESTION}"] input')) resolve(performance.now() - start);
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  })`;
}

async function caseListFirstPaint(page: Page, url: string): Promise<number[]> {
  await page.addInitScript(WATCH_LIST_PAINT);
  const times: number[] = [];
  for (let run = 0; run <= RUNS; run += 1) {
    if (run === 0) await page.goto(`${url}#/`);
    else await page.reload();
    const painted = (await page.evaluate(WAIT_FOR_LIST_PAINT)) as number;
    if (run > 0) times.push(painted);
  }
  return times;
}

async function questionnaireOfOneField(page: Page, caseId: string): Promise<number[]> {
  const times: number[] = [];
  for (let run = 0; run <= RUNS; run += 1) {
    await page.evaluate(`location.hash = '#/faelle/${caseId}'`);
    await page.getByTestId('case-title').waitFor();
    const took = (await page.evaluate(openQuestionnaire(caseId))) as number;
    if (run > 0) times.push(took);
  }
  return times;
}

/** From the last keystroke until the backend has answered the save of exactly that text. */
async function typingStored(page: Page): Promise<number[]> {
  const input = page.getByTestId(`question-${TYPED_QUESTION}`).locator('input').first();
  const times: number[] = [];
  for (let run = 0; run <= RUNS; run += 1) {
    const text = `Frau Lauf ${run}`;
    await input.click();
    await input.press('ControlOrMeta+a');
    const stored = page.waitForResponse((response) => response.url().endsWith('/api/invoke') && (response.request().postData() ?? '').includes(`"value":"${text}"`));
    await page.keyboard.type(text);
    const lastKey = performance.now();
    await stored;
    if (run > 0) times.push(performance.now() - lastKey);
  }
  return times;
}

export async function benchLargeUi(large: LargeDatabase): Promise<Measurement[]> {
  const server = await startServer(large.dataDir);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1360, height: 900 }, locale: 'de-DE' });
    const list = summarize(await caseListFirstPaint(page, server.url));
    const questionnaire = summarize(await questionnaireOfOneField(page, large.caseId));
    const typing = summarize(await typingStored(page));
    const row = (operation: string, timing: { median: number; worst: number }, budgetMs: number): Measurement => ({
      operation,
      medianMs: timing.median,
      worstMs: timing.worst,
      budgetMs,
      ratio: null,
      ratioBudget: null,
    });
    return [
      row(`Oberfläche: Fallliste mit ${large.cases} Fällen, erster Paint ab Seitenaufruf`, list, 300),
      row('Oberfläche: Fragebogen eines Handlungsfelds, erster Paint', questionnaire, 200),
      row('Oberfläche: Antwort tippen bis gespeichert', typing, 100),
    ];
  } finally {
    await browser.close();
    server.stop();
  }
}
