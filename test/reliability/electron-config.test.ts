/**
 * Static check of the Electron security checklist
 * (https://www.electronjs.org/docs/latest/tutorial/security) against the app's own code and
 * configuration, without Electron: the window options, the three CSP sources, the fuses,
 * the external-link and app:// request rules, the hardening handlers driven with fakes, and
 * the lint rules that keep the main-process and preload sources from doing what the checklist
 * forbids (eslint.config.js), each shown to refuse an example. Every row is data that could be wrong.
 */
import { load } from 'js-yaml';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEventBus } from '../../electron/backend/events';
import { startLoopbackServer } from '../../electron/loopback/server';
import { APP_INDEX_URL, APP_ORIGIN, APP_SCHEME_PRIVILEGES, appProtocolHandler, resolveAppRequest } from '../../electron/main/app-protocol';
import { guardedOpener, isAllowedExternalUrl } from '../../electron/main/external-links';
import { bindIpc, trustedUrlCheck, type IpcInvokeEventLike, type IpcMainLike } from '../../electron/main/invoke-channel';
import { bindReportPdf, type ReportPdfEvent, type ReportPdfIpc } from '../../electron/main/report-pdf';
import { hardenSession, hardenWebContents, PRODUCTION_CSP, type HardenableContents, type SessionLike } from '../../electron/main/security';
import { mainWindowOptions } from '../../electron/main/window-options';
import { IPC_INVOKE_CHANNEL, IPC_REPORT_PDF_CHANNEL, type ReportPdfResult } from '../../shared/ipc-channels';
import { contract } from '../../shared/contract';
import { DOCUMENT_CSP_DIRECTIVES, HEADER_ONLY_CSP_DIRECTIVES, META_FORBIDDEN_DIRECTIVES, parseCsp } from '../../shared/security/csp';
import { z } from '../../shared/zod';
import { tempDir } from '../helpers/temp-dir';
import { printFigures } from './figures';

/** The items of the Electron security checklist, numbered as in the tutorial. */
const CHECKLIST: Record<number, string> = {
  1: 'Only load secure content',
  2: 'Do not enable Node.js integration for remote content',
  3: 'Enable context isolation',
  4: 'Enable process sandboxing',
  5: 'Handle session permission requests from remote content',
  6: 'Do not disable webSecurity',
  7: 'Define a Content Security Policy',
  8: 'Do not enable allowRunningInsecureContent',
  9: 'Do not enable experimental features',
  10: 'Do not use enableBlinkFeatures',
  11: '<webview>: Do not use allowpopups',
  12: '<webview>: Verify options and params',
  13: 'Disable or limit navigation',
  14: 'Disable or limit creation of new windows',
  15: 'Do not use shell.openExternal with untrusted content',
  16: 'Use a current version of Electron',
  17: 'Validate the sender of all IPC messages',
  18: 'Avoid usage of the file:// protocol',
  19: 'Check which fuses you can change',
  20: 'Do not expose Electron APIs to untrusted web content',
};

const passes = new Map<number, number>();
const figures = { cspSources: 0, cspRows: 0, fuses: 0, externalUrlCases: 0, appRequestCases: 0, sourceFiles: 0, forbiddenPatterns: 0 };

/** Records a passed check for checklist items; called after a test's last assertion. */
function pass(...items: number[]): void {
  for (const item of items) passes.set(item, (passes.get(item) ?? 0) + 1);
}

afterAll(() => {
  const covered = Object.keys(CHECKLIST).filter((item) => (passes.get(Number(item)) ?? 0) > 0);
  printFigures('Electron security checklist (static)', {
    'checklist items with passing checks': `${covered.length} of ${Object.keys(CHECKLIST).length}`,
    'checks passed': [...passes.values()].reduce((sum, count) => sum + count, 0),
    'CSP sources checked': figures.cspSources,
    'CSP source × rule rows passed': figures.cspRows,
    'fuses checked': figures.fuses,
    'external URL cases': figures.externalUrlCases,
    'app:// request cases': figures.appRequestCases,
    'main and preload files linted': figures.sourceFiles,
    'lint rules shown to refuse their example': figures.forbiddenPatterns,
  });
});

// ---------------------------------------------------------------------------------------------
// Sources, read once.

/** Comments may name what the code must not do; only code counts. */
function stripComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

function tsFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.ts'))
    .map((name) => join(dir, name));
}

const SCANNED_FILES = [...tsFiles('electron/main'), ...tsFiles('electron/preload')];
const sources = new Map(SCANNED_FILES.map((file) => [file, stripComments(readFileSync(file, 'utf8'))]));
const mainIndex = sources.get(join('electron/main/index.ts')) ?? '';
const preload = sources.get(join('electron/preload/index.ts')) ?? '';

function hits(pattern: RegExp): string[] {
  const found: string[] = [];
  for (const [file, source] of sources) {
    source.split('\n').forEach((line, index) => {
      if (new RegExp(pattern.source, pattern.flags.replace('g', '')).test(line)) found.push(`${file}:${index + 1}: ${line.trim()}`);
    });
  }
  return found;
}

// ---------------------------------------------------------------------------------------------

describe('BrowserWindow options (checklist 2, 3, 4, 6, 8, 9, 10, 11, 13)', () => {
  const options = mainWindowOptions('/opt/Familienaudit/out/preload/index.cjs');
  const preferences = (options.webPreferences ?? {}) as Record<string, unknown>;

  const EXPECTED: [option: string, value: boolean, items: number[]][] = [
    ['contextIsolation', true, [3]],
    ['sandbox', true, [4]],
    ['nodeIntegration', false, [2]],
    ['nodeIntegrationInWorker', false, [2]],
    ['nodeIntegrationInSubFrames', false, [2]],
    ['webSecurity', true, [6]],
    ['allowRunningInsecureContent', false, [8]],
    ['experimentalFeatures', false, [9]],
    ['webviewTag', false, [11, 12]],
    ['navigateOnDragDrop', false, [13]],
    ['spellcheck', true, []],
  ];

  it.each(EXPECTED)('webPreferences.%s is explicitly %s', (option, value, items) => {
    expect(preferences[option]).toBe(value);
    pass(...items);
  });

  it('sets no enableBlinkFeatures and uses the given preload', () => {
    expect(Object.keys(preferences)).not.toContain('enableBlinkFeatures');
    expect(preferences.preload).toBe('/opt/Familienaudit/out/preload/index.cjs');
    pass(10);
  });

});

// ---------------------------------------------------------------------------------------------

describe('Content-Security-Policy (checklist 7)', () => {
  type SourceKind = 'meta' | 'header';
  const SOURCES: [name: string, kind: SourceKind][] = [
    ['renderer/index.html meta tag', 'meta'],
    ['PRODUCTION_CSP (Electron session header)', 'header'],
    ['app:// protocol response header', 'header'],
    ['loopback server response header', 'header'],
  ];
  const policies = new Map<string, string>();

  beforeAll(async () => {
    const html = readFileSync('renderer/index.html', 'utf8');
    const metas = [...html.matchAll(/<meta\b[^>]*http-equiv="Content-Security-Policy"[^>]*>/gi)];
    expect(metas).toHaveLength(1);
    const meta = metas[0]!;
    // A meta policy covers only what comes after it.
    expect(meta.index).toBeLessThan(html.search(/<script\b|<link\b[^>]*stylesheet/i));
    policies.set('renderer/index.html meta tag', /\bcontent="([^"]*)"/i.exec(meta[0])?.[1] ?? '');

    policies.set('PRODUCTION_CSP (Electron session header)', PRODUCTION_CSP);

    const rendererDir = tempDir();
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Familienaudit</title>');
    const handler = appProtocolHandler({ rendererDir, csp: PRODUCTION_CSP, fetchFile: async (url) => new Response(readFileSync(fileURLToPath(url))) });
    policies.set('app:// protocol response header', (await handler({ url: APP_INDEX_URL, method: 'GET' })).headers.get('content-security-policy') ?? '');

    const server = await startLoopbackServer({ dispatch: async () => ({ ok: true, value: null }), events: createEventBus(), staticDir: rendererDir });
    try {
      const response = await fetch(server.url);
      expect(response.status).toBe(200);
      policies.set('loopback server response header', response.headers.get('content-security-policy') ?? '');
    } finally {
      await server.close();
    }
    figures.cspSources = policies.size;
  });

  const sourcesOf = (policy: Map<string, string[]>) => [...policy.values()].flat();
  const RULES: [rule: string, appliesTo: SourceKind | 'all', check: (policy: Map<string, string[]>) => void][] = [
    ['default-src is exactly \'self\'', 'all', (policy) => expect(policy.get('default-src')).toEqual(["'self'"])],
    ['script-src is exactly \'self\'', 'all', (policy) => expect(policy.get('script-src')).toEqual(["'self'"])],
    ['object-src is \'none\'', 'all', (policy) => expect(policy.get('object-src')).toEqual(["'none'"])],
    ['base-uri is \'none\'', 'all', (policy) => expect(policy.get('base-uri')).toEqual(["'none'"])],
    ['form-action is \'none\'', 'all', (policy) => expect(policy.get('form-action')).toEqual(["'none'"])],
    ['no \'unsafe-inline\'', 'all', (policy) => expect(sourcesOf(policy).map((s) => s.toLowerCase())).not.toContain("'unsafe-inline'")],
    ['no \'unsafe-eval\'', 'all', (policy) => expect(sourcesOf(policy).map((s) => s.toLowerCase())).not.toContain("'unsafe-eval'")],
    ['no other unsafe keyword', 'all', (policy) => expect(sourcesOf(policy).filter((s) => /unsafe/i.test(s))).toEqual([])],
    ['no wildcard source', 'all', (policy) => expect(sourcesOf(policy).filter((s) => s.includes('*'))).toEqual([])],
    [
      'no host or scheme sources but data:/blob: images (offline app)',
      'all',
      (policy) => expect(sourcesOf(policy).filter((s) => !["'self'", "'none'", 'data:', 'blob:'].includes(s.toLowerCase()))).toEqual([]),
    ],
    [
      'data: and blob: only in img-src',
      'all',
      (policy) =>
        expect([...policy].filter(([name, list]) => name !== 'img-src' && list.some((s) => ['data:', 'blob:'].includes(s.toLowerCase())))).toEqual([]),
    ],
    [
      'same directives as shared/security/csp.ts',
      'all',
      (policy) => {
        const document = Object.fromEntries([...policy].filter(([name]) => !(name in HEADER_ONLY_CSP_DIRECTIVES)));
        expect(document).toEqual(DOCUMENT_CSP_DIRECTIVES);
      },
    ],
    ['frame-ancestors is \'none\'', 'header', (policy) => expect(policy.get('frame-ancestors')).toEqual(["'none'"])],
    [
      'no directive a meta tag may not carry (frame-ancestors, report-uri, sandbox …)',
      'meta',
      (policy) => expect([...policy.keys()].filter((name) => META_FORBIDDEN_DIRECTIVES.includes(name))).toEqual([]),
    ],
  ];

  const rows = SOURCES.flatMap(([source, kind]) =>
    RULES.filter(([, appliesTo]) => appliesTo === 'all' || appliesTo === kind).map(([rule, , check]) => [source, rule, check] as const),
  );

  it.each(rows)('%s: %s', (source, _rule, check) => {
    const policy = policies.get(source);
    expect(policy, `${source} was not read`).toBeTruthy();
    check(parseCsp(policy!));
    figures.cspRows += 1;
    pass(7);
  });
});

// ---------------------------------------------------------------------------------------------

describe('electron-builder fuses (checklist 19)', () => {
  const config = load(readFileSync('electron-builder.yml', 'utf8')) as { electronFuses?: Record<string, unknown> };
  const FUSES: [fuse: string, value: boolean][] = [
    ['runAsNode', false],
    ['enableNodeOptionsEnvironmentVariable', false],
    ['enableNodeCliInspectArguments', false],
    ['enableEmbeddedAsarIntegrityValidation', true],
    ['onlyLoadAppFromAsar', true],
    ['grantFileProtocolExtraPrivileges', false],
    ['enableCookieEncryption', true],
  ];

  it.each(FUSES)('%s is %s', (fuse, value) => {
    expect(config.electronFuses?.[fuse]).toBe(value);
    figures.fuses += 1;
    pass(19);
  });
});

// ---------------------------------------------------------------------------------------------

describe('Electron version (checklist 16)', () => {
  /** The release this checklist was last reviewed against; a downgrade below it fails. */
  const REVIEWED_MAJOR = 45;

  it(`depends on Electron ${REVIEWED_MAJOR} or later, and that is the version installed`, () => {
    const range = (JSON.parse(readFileSync('package.json', 'utf8')) as { devDependencies: Record<string, string> }).devDependencies.electron ?? '';
    const declared = Number(/(\d+)\./.exec(range)?.[1]);
    const installed = Number((JSON.parse(readFileSync('node_modules/electron/package.json', 'utf8')) as { version: string }).version.split('.')[0]);
    expect(declared).toBeGreaterThanOrEqual(REVIEWED_MAJOR);
    expect(installed).toBe(declared);
    pass(16);
  });
});

// ---------------------------------------------------------------------------------------------

describe('shell.openExternal (checklist 15)', () => {
  const EXTERNAL_URLS: [url: string, allowed: boolean][] = [
    ['https://familiengerechte-kommune.de/x', true],
    ['https://familiengerechte-kommune.de/', true],
    ['https://www.familiengerechte-kommune.de/audit?seite=2#kontakt', true],
    ['HTTPS://familiengerechte-kommune.de/x', true],
    ['mailto:a@b.de', true],
    ['mailto:a@b.de?subject=Audit%20familiengerechte%20Kommune', true],
    ['http://familiengerechte-kommune.de/x', false],
    ['javascript:alert(1)', false],
    ['JavaScript:alert(1)', false],
    ['file:///etc/passwd', false],
    ['file://server/share/x.exe', false],
    ['data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==', false],
    ['vbscript:msgbox(1)', false],
    ['smb://host/share', false],
    ['ftp://host/x', false],
    ['ms-settings:privacy', false],
    ['ms-msdt:/id PCWDiagnostic', false],
    ['familienaudit://x', false],
    ['app://familienaudit/index.html', false],
    ['blob:https://familiengerechte-kommune.de/0b6a', false],
    ['about:blank', false],
    ['https:', false],
    ['https://', false],
    ['https:///familiengerechte-kommune.de', false],
    ['https:familiengerechte-kommune.de', false],
    ['', false],
    [' https://x.de', false],
    ['https://x.de ', false],
    ['https://x.de/\n', false],
    ['https://x.de\\@evil.example/', false],
    ['https://user:secret@x.de/', false],
    ['https://familiengerechte-kommune.de@evil.example/', false],
    ['mailto:', false],
    ['mailto:niemand', false],
    ['not a url', false],
    ['//evil.example/x', false],
    [`https://x.de/${'a'.repeat(5000)}`, false],
  ];

  it.each(EXTERNAL_URLS)('isAllowedExternalUrl(%j) is %s', (url, allowed) => {
    expect(isAllowedExternalUrl(url)).toBe(allowed);
    figures.externalUrlCases += 1;
    pass(15);
  });

  it('the guarded opener reaches the system only with the allowed URLs, and survives a failing opener', async () => {
    const opened: string[] = [];
    const errors: unknown[] = [];
    const open = guardedOpener(async (url) => {
      opened.push(url);
      if (url.startsWith('mailto:')) throw new Error('kein Mailprogramm');
    }, (error) => errors.push(error));
    for (const [url] of EXTERNAL_URLS) open(url);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(opened).toEqual(EXTERNAL_URLS.filter(([, allowed]) => allowed).map(([url]) => url));
    expect(errors).toHaveLength(EXTERNAL_URLS.filter(([url, allowed]) => allowed && url.startsWith('mailto:')).length);
    pass(15);
  });

  it('the guarded opener is the one every window gets (that shell.openExternal is reached only through it, lint enforces)', () => {
    expect(mainIndex).toMatch(/=\s*guardedOpener\(\s*\(url\)\s*=>\s*shell\.openExternal\(url\)/);
    const hardenCalls = [...mainIndex.matchAll(/hardenWebContents\(([^)]*)\)/g)].map((match) => match[1] ?? '');
    expect(hardenCalls.length).toBeGreaterThan(0);
    expect(hardenCalls.filter((args) => !/,\s*openExternal\s*$/.test(args))).toEqual([]);
    pass(15);
  });
});

// ---------------------------------------------------------------------------------------------

interface FakeContents {
  contents: HardenableContents;
  emit(event: string, details: Record<string, unknown>): boolean;
  openWindow(url: string): unknown;
  listenerCount(event: string): number;
}

function fakeContents(): FakeContents {
  const listeners = new Map<string, ((details: any) => void)[]>();
  let windowOpenHandler: ((details: { url: string }) => unknown) | null = null;
  const contents: HardenableContents = {
    on: (event: string, listener: (details: any) => void) => {
      listeners.set(event, [...(listeners.get(event) ?? []), listener]);
      return contents;
    },
    setWindowOpenHandler: (handler) => {
      windowOpenHandler = handler;
    },
  };
  return {
    contents,
    emit(event, details) {
      let prevented = false;
      for (const listener of listeners.get(event) ?? []) listener({ ...details, preventDefault: () => (prevented = true) });
      return prevented;
    },
    openWindow: (url) => windowOpenHandler?.({ url }),
    listenerCount: (event) => listeners.get(event)?.length ?? 0,
  };
}

describe('navigation, new windows and <webview> (checklist 11, 12, 13, 14, 15)', () => {
  const isTrustedUrl = trustedUrlCheck(APP_INDEX_URL, undefined);
  const NAVIGATIONS: [url: string, prevented: boolean, openedExternally: boolean][] = [
    [`${APP_INDEX_URL}#/faelle`, false, false],
    [APP_INDEX_URL, false, false],
    ['https://familiengerechte-kommune.de/x', true, true],
    ['mailto:a@b.de', true, true],
    ['http://familiengerechte-kommune.de/x', true, false],
    ['javascript:alert(1)', true, false],
    ['file:///etc/passwd', true, false],
    ['app://evil/index.html', true, false],
    [`${APP_ORIGIN}/other.html`, true, false],
    ['smb://host/share', true, false],
    ['data:text/html,x', true, false],
  ];

  function hardened() {
    const fake = fakeContents();
    const opened: string[] = [];
    hardenWebContents(fake.contents, isTrustedUrl, (url) => opened.push(url));
    return { fake, opened };
  }

  it.each(NAVIGATIONS)('will-navigate to %s: prevented %s, opened externally %s', (url, prevented, openedExternally) => {
    const { fake, opened } = hardened();
    expect(fake.emit('will-navigate', { url })).toBe(prevented);
    expect(opened).toEqual(openedExternally ? [url] : []);
    pass(13, 15);
  });

  it.each(NAVIGATIONS)('window.open(%j) is denied (opened externally: %s)', (url, _prevented, openedExternally) => {
    const { fake, opened } = hardened();
    expect(fake.openWindow(url)).toEqual({ action: 'deny' });
    expect(opened).toEqual(openedExternally ? [url] : []);
    pass(14, 15);
  });

  it.each(NAVIGATIONS)('a sub-frame navigating to %s is prevented unless it is the app (never opened externally)', (url) => {
    const { fake, opened } = hardened();
    expect(fake.emit('will-frame-navigate', { url, isMainFrame: false })).toBe(!isTrustedUrl(url));
    // The main frame is will-navigate's; will-frame-navigate leaves it alone.
    expect(fake.emit('will-frame-navigate', { url, isMainFrame: true })).toBe(false);
    expect(opened).toEqual([]);
    pass(13);
  });

  it('prevents every <webview> from attaching', () => {
    const { fake } = hardened();
    expect(fake.emit('will-attach-webview', { params: { src: APP_INDEX_URL, allowpopups: 'on' } })).toBe(true);
    pass(11, 12);
  });

  it('hardening the same contents twice registers each listener once (one external open per click)', () => {
    const fake = fakeContents();
    const opened: string[] = [];
    hardenWebContents(fake.contents, isTrustedUrl, (url) => opened.push(url));
    hardenWebContents(fake.contents, isTrustedUrl, (url) => opened.push(url));
    fake.emit('will-navigate', { url: 'https://familiengerechte-kommune.de/' });
    expect(opened).toEqual(['https://familiengerechte-kommune.de/']);
    expect(['will-navigate', 'will-frame-navigate', 'will-attach-webview'].map((event) => fake.listenerCount(event))).toEqual([1, 1, 1]);
    pass(13);
  });
});

// ---------------------------------------------------------------------------------------------

describe('session permissions and headers (checklist 5, 7)', () => {
  function hardenedSession() {
    const handlers: Record<string, (...args: any[]) => unknown> = {};
    const session = {
      setPermissionRequestHandler: (handler: (...args: any[]) => unknown) => (handlers.request = handler),
      setPermissionCheckHandler: (handler: (...args: any[]) => unknown) => (handlers.check = handler),
      setDevicePermissionHandler: (handler: (...args: any[]) => unknown) => (handlers.device = handler),
      webRequest: { onHeadersReceived: (handler: (...args: any[]) => unknown) => (handlers.headers = handler) },
    } as unknown as SessionLike;
    hardenSession(session);
    return handlers;
  }

  const PERMISSIONS = ['media', 'geolocation', 'notifications', 'midi', 'midiSysex', 'pointerLock', 'fullscreen', 'openExternal', 'clipboard-read', 'clipboard-sanitized-write', 'display-capture', 'idle-detection', 'hid', 'serial', 'usb', 'unknown'];

  it.each(PERMISSIONS)('denies the permission request and check for %s', (permission) => {
    const handlers = hardenedSession();
    const answers: boolean[] = [];
    handlers.request!({}, permission, (granted: boolean) => answers.push(granted), { requestingUrl: APP_INDEX_URL, isMainFrame: true });
    expect(answers).toEqual([false]);
    expect(handlers.check!({}, permission, APP_ORIGIN, { requestingUrl: APP_INDEX_URL, isMainFrame: true })).toBe(false);
    expect(handlers.device!({ deviceType: permission, origin: APP_ORIGIN })).toBe(false);
    pass(5);
  });

  it('replaces any Content-Security-Policy a response brings with PRODUCTION_CSP', () => {
    const handlers = hardenedSession();
    let headers: Record<string, string[]> = {};
    handlers.headers!(
      { url: APP_INDEX_URL, responseHeaders: { 'content-security-policy': ["default-src *"], 'Content-Type': ['text/html'] } },
      (response: { responseHeaders: Record<string, string[]> }) => (headers = response.responseHeaders),
    );
    expect(Object.entries(headers).filter(([name]) => name.toLowerCase() === 'content-security-policy')).toEqual([['Content-Security-Policy', [PRODUCTION_CSP]]]);
    expect(headers['Content-Type']).toEqual(['text/html']);
    pass(7);
  });
});

// ---------------------------------------------------------------------------------------------

describe('IPC senders and the file boundary (checklist 17, 20)', () => {
  const isTrustedUrl = trustedUrlCheck(APP_INDEX_URL, undefined);
  const UNTRUSTED_SENDERS: (string | null)[] = [
    null,
    '',
    'https://evil.example/',
    'file:///opt/Familienaudit/resources/app.asar/out/renderer/index.html',
    'app://evil/index.html',
    `${APP_ORIGIN}/other.html`,
    'http://localhost:5173/',
    'about:blank',
  ];

  it('the invoke channel dispatches only for the app page', async () => {
    const handlers = new Map<string, (event: IpcInvokeEventLike, ...args: unknown[]) => Promise<unknown>>();
    const ipc: IpcMainLike = { handle: (channel, listener) => handlers.set(channel, listener), removeHandler: (channel) => handlers.delete(channel) };
    const dispatched: unknown[] = [];
    bindIpc(ipc, async (method) => {
      dispatched.push(method);
      return { ok: true, value: null };
    }, isTrustedUrl);
    const handler = handlers.get(IPC_INVOKE_CHANNEL)!;
    for (const url of UNTRUSTED_SENDERS) {
      expect(await handler({ senderFrame: url === null ? null : { url } }, 'cases.list', {})).toMatchObject({ ok: false });
    }
    expect(dispatched).toEqual([]);
    expect(await handler({ senderFrame: { url: `${APP_INDEX_URL}#/faelle` } }, 'cases.list', {})).toEqual({ ok: true, value: null });
    expect(dispatched).toEqual(['cases.list']);
    pass(17);
  });

  it('the report channel prints only for the app page, and never writes where the renderer says', async () => {
    const handlers = new Map<string, (event: ReportPdfEvent, ...args: unknown[]) => Promise<ReportPdfResult>>();
    const ipc: ReportPdfIpc = { handle: (channel, listener) => handlers.set(channel, listener), removeHandler: (channel) => handlers.delete(channel) };
    const asked: string[] = [];
    const written: string[] = [];
    bindReportPdf(ipc, {
      isTrustedUrl,
      chooseTarget: async (_event, suggested) => {
        asked.push(suggested);
        return '/home/auditor/Dokumente/gewählt.pdf';
      },
      write: async (path) => {
        written.push(path);
      },
    });
    const handler = handlers.get(IPC_REPORT_PDF_CHANNEL)!;
    const event = (url: string | null): ReportPdfEvent => ({
      senderFrame: url === null ? null : { url },
      sender: { printToPDF: async () => Buffer.from('%PDF-') },
    });
    const request = { title: 'Bericht', path: '/etc/cron.d/evil', filePath: '/etc/cron.d/evil' };
    for (const url of UNTRUSTED_SENDERS) expect(await handler(event(url), request)).toMatchObject({ saved: false });
    expect(asked).toEqual([]);
    expect(await handler(event(APP_INDEX_URL), request)).toEqual({ saved: true, path: '/home/auditor/Dokumente/gewählt.pdf' });
    expect(asked).toEqual(['Bericht.pdf']);
    expect(written).toEqual(['/home/auditor/Dokumente/gewählt.pdf']);
    pass(17);
  });

  it('the IPC binding registers both channels on ipcMain (that nothing else touches ipcMain or registers a handler, lint enforces)', () => {
    const binding = sources.get(join('electron/main/ipc-binding.ts')) ?? '';
    expect(binding).toMatch(/\bbindIpc\(ipcMain,/);
    expect(binding).toMatch(/\bbindReportPdf\(ipcMain,/);
    expect(mainIndex).toMatch(/\bbindIpcChannels\(\{/);
    pass(17);
  });

  it('no backend method takes a file path: files cross as base64 content with a display name', () => {
    const names = new Set<string>();
    const filesWithoutName: string[] = [];
    const walk = (node: unknown, method: string): void => {
      if (Array.isArray(node)) return node.forEach((child) => walk(child, method));
      if (!node || typeof node !== 'object') return;
      const properties = (node as { properties?: Record<string, unknown> }).properties;
      if (properties) {
        for (const key of Object.keys(properties)) names.add(key);
        if ('contentBase64' in properties && !('fileName' in properties)) filesWithoutName.push(method);
      }
      for (const child of Object.values(node)) walk(child, method);
    };
    const methods = Object.entries(contract);
    for (const [method, { input }] of methods) walk(z.toJSONSchema(input, { io: 'input', unrepresentable: 'any' }), method);
    expect(methods.length).toBeGreaterThan(10);
    expect(names).toContain('contentBase64');
    expect([...names].filter((name) => /path|dir$|directory|folder|^file$|^url$|^uri$/i.test(name))).toEqual([]);
    expect(filesWithoutName).toEqual([]);
    pass(17);
  });

  it('the preload exposes one object of functions (its channels, imports and values, lint checks)', () => {
    expect([...preload.matchAll(/contextBridge\.exposeInMainWorld\(/g)]).toHaveLength(1);
    expect(preload).toMatch(/exposeInMainWorld\('familienaudit', \{/);
    pass(20);
  });
});

// ---------------------------------------------------------------------------------------------

describe('app:// instead of file:// (checklist 1, 18)', () => {
  const rendererDir = join('/opt/Familienaudit/resources/app.asar/out/renderer');
  const APP_REQUESTS: [url: string, file: string | null][] = [
    ['app://familienaudit/', 'index.html'],
    ['app://familienaudit/index.html', 'index.html'],
    ['app://familienaudit/index.html#/faelle', 'index.html'],
    ['app://familienaudit/index.html?v=1', 'index.html'],
    ['APP://FAMILIENAUDIT/index.html', 'index.html'],
    ['app://familienaudit/assets/index-D2xB8dPh.js', join('assets', 'index-D2xB8dPh.js')],
    ['app://familienaudit/assets/index-Do2v55Z4.css', join('assets', 'index-Do2v55Z4.css')],
    ['app://familienaudit/assets/ProfileChart-BoPje6k2.js', join('assets', 'ProfileChart-BoPje6k2.js')],
    ['app://evil/index.html', null],
    ['app://familienaudit.evil/index.html', null],
    ['app://familienaudit:8080/index.html', null],
    ['app://user@familienaudit/index.html', null],
    ['app://familienaudit', null],
    ['file:///etc/passwd', null],
    ['https://familienaudit/index.html', null],
    ['', null],
    ['app://familienaudit/../secret.txt', null],
    ['app://familienaudit/assets/../../secret.txt', null],
    ['app://familienaudit/assets/../index.html', null],
    ['app://familienaudit/%2e%2e/secret.txt', null],
    ['app://familienaudit/%2E%2E/secret.txt', null],
    ['app://familienaudit/.%2e/secret.txt', null],
    ['app://familienaudit/%252e%252e/secret.txt', null],
    ['app://familienaudit/assets%2f..%2f..%2fsecret.txt', null],
    ['app://familienaudit/assets%2Findex.js', null],
    ['app://familienaudit/..%5c..%5csecret.txt', null],
    ['app://familienaudit/..\\secret.txt', null],
    ['app://familienaudit/assets\\index.js', null],
    ['app://familienaudit//etc/passwd', null],
    ['app://familienaudit/%2fetc%2fpasswd', null],
    ['app://familienaudit/C:/Windows/win.ini', null],
    ['app://familienaudit/c%3a%5cwindows%5cwin.ini', null],
    ['app://familienaudit/index.html%00.js', null],
    ['app://familienaudit/index.html\0', null],
    ['app://familienaudit/%', null],
    ['app://familienaudit/%E0%A4%A', null],
    ['app://familienaudit/.env', null],
    ['app://familienaudit/./index.html', null],
    ['app://familienaudit/assets/', null],
    ['app://familienaudit/index.html.', null],
    ['app://familienaudit/NUL', null],
    ['app://familienaudit/con.txt', null],
    ['app://familienaudit/index%20.html', null],
  ];

  it.each(APP_REQUESTS)('resolveAppRequest(%j) is %j', (url, file) => {
    expect(resolveAppRequest(rendererDir, url)).toBe(file === null ? null : join(rendererDir, file));
    figures.appRequestCases += 1;
    pass(18);
  });

  it('the handler serves built files with the CSP and a JavaScript type, and 404s the rest without touching the disk outside', async () => {
    const root = tempDir();
    const dir = join(root, 'renderer');
    mkdirSync(join(dir, 'assets'), { recursive: true });
    writeFileSync(join(dir, 'index.html'), '<!doctype html>');
    writeFileSync(join(dir, 'assets', 'app.js'), 'export {};');
    writeFileSync(join(root, 'secret.txt'), 'geheim');
    const fetched: string[] = [];
    const handler = appProtocolHandler({
      rendererDir: dir,
      csp: PRODUCTION_CSP,
      fetchFile: async (url) => {
        fetched.push(url);
        return new Response(readFileSync(fileURLToPath(url)));
      },
    });
    const get = (url: string, method = 'GET') => handler({ url, method });

    const page = await get(APP_INDEX_URL);
    expect([page.status, page.headers.get('content-type'), await page.text()]).toEqual([200, 'text/html; charset=utf-8', '<!doctype html>']);
    const script = await get(`${APP_ORIGIN}/assets/app.js`);
    expect([script.status, script.headers.get('content-type'), script.headers.get('x-content-type-options')]).toEqual([200, 'text/javascript; charset=utf-8', 'nosniff']);
    const head = await get(APP_INDEX_URL, 'HEAD');
    expect([head.status, await head.text()]).toEqual([200, '']);
    expect(fetched.every((url) => url.startsWith('file://') && fileURLToPath(url).startsWith(dir))).toBe(true);

    const refused: [url: string, method: string, status: number][] = [
      [`${APP_ORIGIN}/../secret.txt`, 'GET', 404],
      [`${APP_ORIGIN}/%2e%2e/secret.txt`, 'GET', 404],
      [`${APP_ORIGIN}/missing.js`, 'GET', 404],
      [`${APP_ORIGIN}/assets`, 'GET', 404],
      ['app://evil/index.html', 'GET', 404],
      [APP_INDEX_URL, 'POST', 405],
    ];
    const before = fetched.length;
    for (const [url, method, status] of refused) {
      const response = await get(url, method);
      expect([url, method, response.status, response.headers.get('content-security-policy')]).toEqual([url, method, status, PRODUCTION_CSP]);
    }
    expect(fetched.length).toBe(before);

    const failing = appProtocolHandler({ rendererDir: dir, csp: PRODUCTION_CSP, fetchFile: async () => Promise.reject(new Error('net::ERR_FAILED')) });
    expect((await failing({ url: APP_INDEX_URL, method: 'GET' })).status).toBe(404);
    pass(1, 7, 18);
  });

  const BUILT_RENDERER = 'out/renderer';
  it.skipIf(!existsSync(join(BUILT_RENDERER, 'index.html')))('every file of the built renderer (npm run build) is reachable under app://, and so is what index.html links', () => {
    const dir = resolve(BUILT_RENDERER);
    const files = (readdirSync(dir, { recursive: true }) as string[]).filter((name) => statSync(join(dir, name)).isFile());
    const unreachable = files.filter((name) => resolveAppRequest(dir, `${APP_ORIGIN}/${name.split(sep).join('/')}`) !== join(dir, name));
    expect(files.length).toBeGreaterThan(1);
    expect(unreachable).toEqual([]);
    const linked = [...readFileSync(join(dir, 'index.html'), 'utf8').matchAll(/\b(?:src|href)="([^"]+)"/g)].map((match) => new URL(match[1]!, APP_INDEX_URL).href);
    expect(linked.length).toBeGreaterThan(0);
    expect(linked.filter((url) => !url.startsWith(`${APP_ORIGIN}/`) || !files.map((name) => join(dir, name)).includes(resolveAppRequest(dir, url) ?? ''))).toEqual([]);
    pass(18);
  });

  it('the scheme is standard and secure, without CORS, CSP bypass or service workers', () => {
    expect(APP_SCHEME_PRIVILEGES).toMatchObject({ standard: true, secure: true, supportFetchAPI: true });
    expect(Object.entries(APP_SCHEME_PRIVILEGES).filter(([name, value]) => ['corsEnabled', 'bypassCSP', 'allowServiceWorkers', 'stream'].includes(name) && value)).toEqual([]);
    expect(APP_INDEX_URL).toBe('app://familienaudit/index.html');
    pass(1, 18);
  });

  it('the main process registers the scheme before ready, serves it with the CSP, and loads only app:// or the dev server', () => {
    const register = mainIndex.search(/protocol\.registerSchemesAsPrivileged\(\[\{ scheme: APP_SCHEME, privileges: \{ \.\.\.APP_SCHEME_PRIVILEGES \} \}\]\)/);
    expect(register).toBeGreaterThan(-1);
    // Top level, not inside a function that runs later.
    expect(mainIndex.slice(0, register).split('\n').pop()).toBe('');
    expect(register).toBeLessThan(mainIndex.search(/app\.whenReady\(\)/));
    expect(mainIndex).toMatch(/protocol\.handle\(APP_SCHEME, appProtocolHandler\(\{ rendererDir, csp: PRODUCTION_CSP,/);
    const loads = hits(/\.loadURL\(/).map((line) => /\.loadURL\(([^)]*)\)/.exec(line)?.[1]);
    expect(loads).toEqual(['devServerUrl ?? APP_INDEX_URL']);
    expect(mainIndex).toMatch(/const devServerUrl = !app\.isPackaged && /);
    expect(mainIndex).toMatch(/trustedUrlCheck\(APP_INDEX_URL, devServerUrl\)/);
    pass(1, 18);
  });
});

// ---------------------------------------------------------------------------------------------

describe('lint rules of electron/main and electron/preload (checklist 2–11, 15, 17, 18, 20)', () => {
  // Type information is not needed for these rules, and the examples are not files of a project.
  const eslint = new ESLint({
    overrideConfig: {
      languageOptions: { parserOptions: { project: null } },
      rules: { '@typescript-eslint/no-floating-promises': 'off', '@typescript-eslint/no-misused-promises': 'off', '@typescript-eslint/switch-exhaustiveness-check': 'off' },
    },
  });
  const MAIN = 'electron/main/lint-example.ts';
  const PRELOAD = 'electron/preload/lint-example.ts';
  const RULES: [what: string, file: string, example: string, items: number[]][] = [
    ['nodeIntegration: true', MAIN, 'export const o = { nodeIntegrationInWorker: true };', [2]],
    ['contextIsolation: false', MAIN, 'export const o = { contextIsolation:false };', [3]],
    ['sandbox: false', MAIN, 'export const o = { sandbox: false };', [4]],
    ["app.commandLine.appendSwitch('no-sandbox')", MAIN, "declare const app: { commandLine: { appendSwitch(s: string): void } };\napp.commandLine.appendSwitch('no-sandbox');", [4]],
    ['webSecurity: false', MAIN, 'export const o = { webSecurity : false };', [6]],
    ['switches that lower web security', MAIN, "export const s = 'disable-web-security';", [6]],
    ['allowRunningInsecureContent: true', MAIN, 'export const o = { allowRunningInsecureContent: true };', [8]],
    ['experimentalFeatures: true', MAIN, 'export const o = { experimentalFeatures: true };', [9]],
    ['enableBlinkFeatures', MAIN, "export const o = { enableBlinkFeatures: 'CSSVariables' };", [10]],
    ['webviewTag: true', MAIN, 'export const o = { webviewTag: true };', [11]],
    ['allowpopups', MAIN, "export const html = '<webview allowpopups>';", [11]],
    ['a granted permission', MAIN, 'export function check(callback: (granted: boolean) => void) {\n  callback(true);\n}', [5]],
    ['a permission check that grants everything', MAIN, 'declare const session: { setPermissionCheckHandler(f: () => boolean): void };\nsession.setPermissionCheckHandler(() => true);', [5]],
    ['loadFile(', MAIN, "declare const window: { loadFile(f: string): void };\nwindow.loadFile('index.html');", [18]],
    ['file:// URLs loaded into a window', MAIN, "declare const window: { loadURL(u: string): void };\nwindow.loadURL('file:///x');", [18]],
    ['a window without mainWindowOptions', MAIN, 'declare class BrowserWindow { constructor(o: object); }\nexport const w = new BrowserWindow({ width: 800 });', [2, 3, 4]],
    ['shell.openExternal outside guardedOpener', MAIN, "declare const shell: { openExternal(u: string): Promise<void> };\nexport const open = (url: string) => shell.openExternal(url);", [15]],
    ['shell reached by a computed name', MAIN, "declare const shell: Record<string, unknown>;\nexport const open = shell['openExternal'];", [15]],
    ['ipcMain outside ipc-binding.ts', MAIN, "import { ipcMain } from 'electron';\nexport const i = ipcMain;", [17]],
    ['a handler registered without the sender check', MAIN, "declare const ipc: { handle(c: string, f: () => void): void };\nipc.handle('x', () => undefined);", [17]],
    ['ipcRenderer on a channel that is not a fixed constant', PRELOAD, "import { ipcRenderer } from 'electron';\nexport const send = (channel: string) => ipcRenderer.invoke(channel);", [20]],
    ['an Electron object handed to the renderer', PRELOAD, "import { contextBridge, ipcRenderer } from 'electron';\ncontextBridge.exposeInMainWorld('x', { ipc: ipcRenderer });", [20]],
    ['another Electron import in the preload', PRELOAD, "import { webFrame } from 'electron';\nexport const w = webFrame;", [20]],
    ['Node in the preload', PRELOAD, "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;", [20]],
  ];

  it.each(RULES)('lint refuses %s', async (_what, file, example, items) => {
    const [result] = await eslint.lintText(example, { filePath: file });
    const refusals = (result?.messages ?? []).filter((message) => message.ruleId === 'no-restricted-syntax' || message.ruleId === 'no-restricted-imports');
    expect(refusals.length, JSON.stringify(result?.messages)).toBeGreaterThan(0);
    figures.forbiddenPatterns += 1;
    pass(...items);
  });

  it('the main-process and preload sources pass those rules', async () => {
    const results = await eslint.lintFiles(['electron/main', 'electron/preload']);
    expect(results.flatMap((result) => result.messages.map((message) => `${result.filePath}:${message.line}: ${message.message}`))).toEqual([]);
    expect(results.map((result) => result.filePath)).toEqual(expect.arrayContaining([resolve('electron/main/index.ts'), resolve('electron/main/security.ts'), resolve('electron/preload/index.ts')]));
    figures.sourceFiles = results.length;
  });
});

// ---------------------------------------------------------------------------------------------

describe('coverage', () => {
  it('every checklist item has at least one passing check', () => {
    expect(Object.keys(CHECKLIST).filter((item) => (passes.get(Number(item)) ?? 0) === 0).map((item) => `${item}. ${CHECKLIST[Number(item)]}`)).toEqual([]);
  });
});
