import { describe, expect, it } from 'vitest';
import { IPC_INVOKE_CHANNEL } from '../../shared/ipc-channels';
import { bindIpc, trustedUrlCheck, type IpcInvokeEventLike, type IpcMainLike } from '../../electron/main/ipc-binding';

function fakeIpc() {
  const handlers = new Map<string, (event: IpcInvokeEventLike, ...args: unknown[]) => Promise<unknown>>();
  const ipc: IpcMainLike = {
    handle: (channel, listener) => handlers.set(channel, listener),
    removeHandler: (channel) => handlers.delete(channel),
  };
  return { ipc, handlers };
}

const rendererUrl = 'file:///opt/Familienaudit/resources/app.asar/out/renderer/index.html';

describe('IPC binding', () => {
  it('dispatches calls from the app renderer and rejects every other sender', async () => {
    const { ipc, handlers } = fakeIpc();
    const calls: unknown[] = [];
    bindIpc(ipc, async (method, input) => {
      calls.push([method, input]);
      return { ok: true, value: 'done' };
    }, trustedUrlCheck(rendererUrl, undefined));
    const handler = handlers.get(IPC_INVOKE_CHANNEL)!;

    expect(await handler({ senderFrame: { url: `${rendererUrl}#/faelle/neu` } }, 'cases.list', {})).toEqual({ ok: true, value: 'done' });
    for (const url of ['https://evil.example/', 'file:///tmp/other.html', 'http://localhost:5173/']) {
      expect(await handler({ senderFrame: { url } }, 'cases.list', {})).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE' } });
    }
    expect(await handler({ senderFrame: null }, 'cases.list', {})).toMatchObject({ ok: false });
    expect(calls).toEqual([['cases.list', {}]]);
  });

  it('trusts the dev server origin only when one is configured', () => {
    const check = trustedUrlCheck(rendererUrl, 'http://localhost:5173');
    expect(check('http://localhost:5173/#/')).toBe(true);
    expect(check('http://localhost:5174/')).toBe(false);
    expect(check('not a url')).toBe(false);
  });

  it('removes its handler when unbound', () => {
    const { ipc, handlers } = fakeIpc();
    const unbind = bindIpc(ipc, async () => ({ ok: true, value: null }), () => true);
    expect(handlers.has(IPC_INVOKE_CHANNEL)).toBe(true);
    unbind();
    expect(handlers.has(IPC_INVOKE_CHANNEL)).toBe(false);
  });
});
