import { describe, expect, it } from 'vitest';
import { IPC_INVOKE_CHANNEL } from '../../shared/ipc-channels';
import { APP_INDEX_URL } from '../../electron/main/app-protocol';
import { bindIpc, trustedUrlCheck, type IpcInvokeEventLike, type IpcMainLike } from '../../electron/main/invoke-channel';

function fakeIpc() {
  const handlers = new Map<string, (event: IpcInvokeEventLike, ...args: unknown[]) => Promise<unknown>>();
  const ipc: IpcMainLike = {
    handle: (channel, listener) => handlers.set(channel, listener),
    removeHandler: (channel) => handlers.delete(channel),
  };
  return { ipc, handlers };
}

const rendererUrl = 'app://familienaudit/index.html';

describe('IPC invoke channel', () => {
  it('dispatches calls from the app renderer and rejects every other sender', async () => {
    const { ipc, handlers } = fakeIpc();
    const calls: unknown[] = [];
    bindIpc(ipc, async (method, input) => {
      calls.push([method, input]);
      return { ok: true, value: 'done' };
    }, trustedUrlCheck(rendererUrl, undefined));
    const handler = handlers.get(IPC_INVOKE_CHANNEL)!;

    expect(await handler({ senderFrame: { url: `${rendererUrl}#/faelle/neu` } }, 'cases.list', {})).toEqual({ ok: true, value: 'done' });
    for (const url of [
      'https://evil.example/',
      'file:///tmp/other.html',
      'file:///opt/Familienaudit/resources/app.asar/out/renderer/index.html',
      'http://localhost:5173/',
      'app://evil/index.html',
      'app://familienaudit.evil/index.html',
      'app://familienaudit/other.html',
      'app://familienaudit/index.html?x=1',
    ]) {
      expect(await handler({ senderFrame: { url } }, 'cases.list', {})).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE' } });
    }
    expect(await handler({ senderFrame: null }, 'cases.list', {})).toMatchObject({ ok: false });
    expect(calls).toEqual([['cases.list', {}]]);
  });

  it('passes the window id of a call on to the dispatcher, as it came', async () => {
    const { ipc, handlers } = fakeIpc();
    const origins: unknown[] = [];
    bindIpc(ipc, async (_method, _input, context) => {
      origins.push(context?.origin);
      return { ok: true, value: null };
    }, trustedUrlCheck(rendererUrl, undefined));
    const handler = handlers.get(IPC_INVOKE_CHANNEL)!;
    await handler({ senderFrame: { url: rendererUrl } }, 'cases.list', {}, 'fenster-1');
    await handler({ senderFrame: { url: rendererUrl } }, 'cases.list', {});
    expect(origins).toEqual(['fenster-1', undefined]);
  });

  it('trusts the app:// page with any route, and nothing else of the scheme', () => {
    expect(rendererUrl).toBe(APP_INDEX_URL);
    const check = trustedUrlCheck(APP_INDEX_URL, undefined);
    const cases: [string, boolean][] = [
      ['app://familienaudit/index.html', true],
      ['app://familienaudit/index.html#/faelle', true],
      ['app://familienaudit/index.html#/faelle/neu', true],
      ['app://evil/index.html', false],
      ['app://evil/index.html#/faelle', false],
      ['app://familienaudit/', false],
      ['app://familienaudit/assets/index.js', false],
      ['app://familienaudit/index.html/..', false],
      ['file:///opt/Familienaudit/resources/app.asar/out/renderer/index.html', false],
      ['file:///etc/passwd', false],
      ['https://familienaudit/index.html', false],
      ['http://localhost:5173/', false],
      ['', false],
    ];
    expect(cases.map(([url]) => [url, check(url)])).toEqual(cases);
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
