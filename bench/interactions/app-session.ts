import type { Browser, Locator, Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createInterface } from 'node:readline';
import { bundleForNode } from '../../scripts/bundle-for-node';
import { launchChromium } from '../ui/session';
import { armTimer, COUNT_OFFERED_FILES, FEEDBACK_SHOWN, LIST_INTERACTIVE_AT, PROGRESS_SHOWN, SETTLED, WATCH_LIST_INTERACTIVE } from './in-page';

/** One start of the app: a fresh backend process and a fresh browser, nothing cached. */
export class AppSession {
  private constructor(
    private readonly server: ChildProcess,
    private readonly browser: Browser,
    readonly page: Page,
    readonly url: string,
    /** From launching the backend process (and, at the same time, the browser) to the first frame of an interactive case list. */
    readonly startToListMs: number,
    /** From the window's navigation to its first painted content: the „wird geöffnet …“ line. */
    readonly windowToFirstPaintMs: number,
  ) {}

  static async start(dataDir: string): Promise<AppSession> {
    const launcher = await bundleForNode('bench/interactions/app-server.ts');
    const startedAt = Date.now();
    const server = spawn(process.execPath, [launcher, pathToFileURL(resolve('out/main/backend.cjs')).href, dataDir, resolve('out/renderer')], { stdio: ['ignore', 'pipe', 'inherit'] });
    const listening = new Promise<string>((done, fail) => {
      createInterface({ input: server.stdout! }).on('line', (line) => line.startsWith('http://127.0.0.1:') && done(line.trim()));
      server.once('exit', (code) => fail(new Error(`app-server exited with ${String(code)}`)));
    });
    // As the desktop app creates its window while the backend opens the database.
    const [url, browser] = await Promise.all([listening, launchChromium()]);
    const page = await browser.newPage({ viewport: { width: 1360, height: 900 }, locale: 'de-DE' });
    await page.addInitScript(WATCH_LIST_INTERACTIVE);
    await page.addInitScript(COUNT_OFFERED_FILES);
    await page.goto(`${url}#/`);
    const interactiveAt = (await page.evaluate(LIST_INTERACTIVE_AT)) as number;
    const firstPaint = (await page.evaluate("performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN")) as number;
    return new AppSession(server, browser, page, url, interactiveAt - startedAt, firstPaint);
  }

  /** The window opened again on the running backend: from the reload to an interactive list. */
  async reloadToList(): Promise<number> {
    await this.page.evaluate("location.hash = '#/'");
    await this.page.reload();
    const interactiveAt = (await this.page.evaluate(LIST_INTERACTIVE_AT)) as number;
    return interactiveAt - ((await this.page.evaluate('performance.timeOrigin')) as number);
  }

  /** Times from the user's click (or file choice) in `act` until `condition` shows on screen. */
  async timed(act: (page: Page) => Promise<unknown>, condition: string): Promise<number> {
    await this.page.evaluate(armTimer(condition));
    await act(this.page);
    return (await this.page.evaluate(SETTLED)) as number;
  }

  /** Like `timed`, and also until `progress` first shows: what the auditor sees while a long operation runs. */
  async timedWithProgress(act: (page: Page) => Promise<unknown>, progress: string, condition: string): Promise<[number, number]> {
    await this.page.evaluate(armTimer(condition, progress));
    await act(this.page);
    const [shown, done] = (await Promise.all([this.page.evaluate(PROGRESS_SHOWN), this.page.evaluate(SETTLED)])) as [number, number];
    return [shown, done];
  }

  /** After `timed` or `timedWithProgress`: when the screen first answered that action: a „Lädt …“, the progress, or its result. */
  async lastFeedback(): Promise<number> {
    return (await this.page.evaluate(FEEDBACK_SHOWN)) as number;
  }

  /** Goes somewhere without timing it, and waits until it is there. */
  async untimed(act: (page: Page) => Promise<unknown>, shown: Locator | ((page: Page) => Locator)): Promise<void> {
    await act(this.page);
    await (typeof shown === 'function' ? shown(this.page) : shown).first().waitFor();
  }

  async stop(): Promise<void> {
    await this.browser.close();
    await new Promise<void>((done) => {
      this.server.once('exit', () => done());
      this.server.kill('SIGTERM');
    });
  }
}
