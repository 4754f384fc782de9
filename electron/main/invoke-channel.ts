import type { Result } from '../../shared/contract/result';
import { IPC_INVOKE_CHANNEL } from '../../shared/ipc-channels';
import type { Dispatch } from '../backend/dispatcher';
import { handleFromTrustedSender, UNTRUSTED_SENDER_MESSAGE, type IpcHandleLike, type IpcInvokeEventLike } from './trusted-sender';

export type { IpcInvokeEventLike };
/** The slice of Electron's ipcMain this binding needs, so that it is testable without Electron. */
export type IpcMainLike = IpcHandleLike<IpcInvokeEventLike, unknown>;

const REJECTED: Result<never> = { ok: false, error: { code: 'UNAVAILABLE', message: UNTRUSTED_SENDER_MESSAGE } };

/**
 * Registers the single invoke channel. Every call is checked against the sender's frame URL,
 * so that a frame showing anything but the app's own renderer cannot reach the backend.
 */
export function bindIpc(ipc: IpcMainLike, dispatch: Dispatch, isTrustedUrl: (url: string) => boolean): () => void {
  return handleFromTrustedSender(ipc, IPC_INVOKE_CHANNEL, isTrustedUrl, REJECTED, (_event, method, input, origin) => dispatch(method, input, { origin }));
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
