/** What every IPC event tells about its sender: the URL of the frame that sent it. */
export interface IpcInvokeEventLike {
  senderFrame: { url: string } | null;
}

/** The slice of Electron's ipcMain a binding needs, so that bindings are testable without Electron. */
export interface IpcHandleLike<E extends IpcInvokeEventLike, R> {
  handle(channel: string, listener: (event: E, ...args: unknown[]) => Promise<R>): void;
  removeHandler(channel: string): void;
}

export const UNTRUSTED_SENDER_MESSAGE = 'Anfrage aus einer nicht vertrauenswürdigen Quelle abgelehnt.';

/**
 * Registers `channel` so that only a frame showing the app's own renderer reaches `listener`;
 * any other sender gets `rejected`. The one sender check of every IPC channel.
 */
export function handleFromTrustedSender<E extends IpcInvokeEventLike, R>(
  ipc: IpcHandleLike<E, R>,
  channel: string,
  isTrustedUrl: (url: string) => boolean,
  rejected: R,
  listener: (event: E, ...args: unknown[]) => Promise<R>,
): () => void {
  ipc.handle(channel, async (event, ...args) => {
    const url = event.senderFrame?.url;
    if (!url || !isTrustedUrl(url)) return rejected;
    return listener(event, ...args);
  });
  return () => ipc.removeHandler(channel);
}
