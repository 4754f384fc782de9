import type { Result } from '../../shared/contract/result';
import { IPC_INVOKE_CHANNEL } from '../../shared/ipc-channels';
import type { Dispatch } from '../backend/dispatcher';

/** The slice of Electron's ipcMain this binding needs, so that it is testable without Electron. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcInvokeEventLike, ...args: unknown[]) => Promise<unknown>): void;
  removeHandler(channel: string): void;
}

export interface IpcInvokeEventLike {
  senderFrame: { url: string } | null;
}

const REJECTED: Result<never> = {
  ok: false,
  error: { code: 'UNAVAILABLE', message: 'Anfrage aus einer nicht vertrauenswürdigen Quelle abgelehnt.' },
};

/**
 * Registers the single invoke channel. Every call is checked against the sender's frame URL,
 * so that a frame showing anything but the app's own renderer cannot reach the backend.
 */
export function bindIpc(ipc: IpcMainLike, dispatch: Dispatch, isTrustedUrl: (url: string) => boolean): () => void {
  ipc.handle(IPC_INVOKE_CHANNEL, async (event, method, input, origin) => {
    const url = event.senderFrame?.url;
    if (!url || !isTrustedUrl(url)) return REJECTED;
    return dispatch(method, input, { origin });
  });
  return () => ipc.removeHandler(IPC_INVOKE_CHANNEL);
}

/**
 * The renderer is trusted only at the app's own page (app://familienaudit/index.html, any
 * fragment, as the router lives there) or, unpackaged, on the dev server. file:// pages,
 * other app:// hosts or paths and every web page are not.
 */
export function trustedUrlCheck(rendererUrl: string, devServerUrl: string | undefined): (url: string) => boolean {
  const rendererBase = withoutFragment(rendererUrl);
  const devOrigin = devServerUrl ? new URL(devServerUrl).origin : null;
  return (url) => {
    if (typeof url !== 'string') return false;
    if (withoutFragment(url) === rendererBase) return true;
    if (!devOrigin) return false;
    try {
      return new URL(url).origin === devOrigin;
    } catch {
      return false;
    }
  };
}

function withoutFragment(url: string): string {
  const hash = url.indexOf('#');
  return hash === -1 ? url : url.slice(0, hash);
}
