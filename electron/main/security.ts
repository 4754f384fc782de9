import type { Session } from 'electron';
import { HEADER_CSP } from '../../shared/security/csp';
import { isAllowedExternalUrl } from './external-links';

/** Sent as a header with every response: the session's and the app:// protocol's. */
export const PRODUCTION_CSP = HEADER_CSP;

/** The parts of Electron's Session that hardenSession uses, so that a test can pass a fake. */
export type SessionLike = Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'> & {
  webRequest: Pick<Session['webRequest'], 'onHeadersReceived'>;
};

/** Denies every permission request and check, and sends the CSP with every response the session loads. */
export function hardenSession(session: SessionLike): void {
  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onHeadersReceived((details, callback) => {
    const responseHeaders: Record<string, string | string[]> = {};
    for (const [name, value] of Object.entries(details.responseHeaders ?? {})) {
      if (name.toLowerCase() !== 'content-security-policy') responseHeaders[name] = value;
    }
    callback({ responseHeaders: { ...responseHeaders, 'Content-Security-Policy': [PRODUCTION_CSP] } });
  });
}

/** What a navigation or window.open to a URL leads to. */
type LinkDecision = 'allow' | 'open-externally' | 'deny';

function decideNavigation(url: string, isTrustedUrl: (url: string) => boolean): LinkDecision {
  if (isTrustedUrl(url)) return 'allow';
  return isAllowedExternalUrl(url) ? 'open-externally' : 'deny';
}

interface PreventableEvent {
  preventDefault(): void;
}

/** The parts of Electron's WebContents that hardenWebContents uses, so that a test can pass a fake. */
export interface HardenableContents {
  on(event: 'will-navigate', listener: (details: PreventableEvent & { url: string }) => void): unknown;
  on(event: 'will-frame-navigate', listener: (details: PreventableEvent & { url: string; isMainFrame: boolean }) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

const hardened = new WeakSet<object>();

/**
 * No navigation away from the app, no new windows and no <webview>, whatever the renderer
 * tries. An https: or mailto: link opens in the system browser or mail program instead;
 * anything else is dropped. Idempotent, as index.ts hardens the main window twice (directly
 * and through web-contents-created) and each listener must act once.
 */
export function hardenWebContents(contents: HardenableContents, isTrustedUrl: (url: string) => boolean, openExternal: (url: string) => void): void {
  if (hardened.has(contents)) return;
  hardened.add(contents);
  contents.on('will-navigate', (details) => {
    const decision = decideNavigation(details.url, isTrustedUrl);
    if (decision === 'allow') return;
    details.preventDefault();
    if (decision === 'open-externally') openExternal(details.url);
  });
  // will-navigate is only emitted for the main frame; frames get no external links.
  contents.on('will-frame-navigate', (details) => {
    if (!details.isMainFrame && !isTrustedUrl(details.url)) details.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (decideNavigation(url, isTrustedUrl) === 'open-externally') openExternal(url);
    return { action: 'deny' };
  });
}
