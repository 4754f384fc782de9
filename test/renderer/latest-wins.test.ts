import { beforeAll, describe, expect, it } from 'vitest';

type Sender = { submit(key: string, payload: number): Promise<string> };
let createLatestWinsSender: <P, R>(send: (payload: P) => Promise<R>) => { submit(key: string, payload: P): Promise<R> };

beforeAll(async () => {
  // The module listens to the window's pagehide; an EventTarget stands in for it here.
  (globalThis as unknown as { window: EventTarget }).window = new EventTarget();
  ({ createLatestWinsSender } = await import('../../renderer/src/api/latest-wins'));
});

function controlledServer() {
  const requests: { payload: number; finish(): void }[] = [];
  const send = (payload: number) =>
    new Promise<string>((resolve) => {
      requests.push({ payload, finish: () => resolve(`stored ${payload}`) });
    });
  return { requests, send };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('latest-wins sender', () => {
  it('keeps one request in flight per key, and a newer value replaces one still waiting', async () => {
    const server = controlledServer();
    const sender: Sender = createLatestWinsSender(server.send);
    const first = sender.submit('q1', 1);
    const second = sender.submit('q1', 2);
    const third = sender.submit('q1', 3);
    const other = sender.submit('q2', 9);
    expect(server.requests.map((request) => request.payload)).toEqual([1, 9]);
    server.requests[0]!.finish();
    await tick();
    expect(server.requests.map((request) => request.payload)).toEqual([1, 9, 3]);
    server.requests[2]!.finish();
    server.requests[1]!.finish();
    expect(await first).toBe('stored 1');
    expect(await second).toBe('stored 3');
    expect(await third).toBe('stored 3');
    expect(await other).toBe('stored 9');
  });

  it('sends what is waiting as soon as the page is hidden, even while a request is in flight', async () => {
    const server = controlledServer();
    const sender: Sender = createLatestWinsSender(server.send);
    void sender.submit('q1', 1);
    void sender.submit('q1', 2);
    expect(server.requests.map((request) => request.payload)).toEqual([1]);
    (globalThis as unknown as { window: EventTarget }).window.dispatchEvent(new Event('pagehide'));
    expect(server.requests.map((request) => request.payload)).toEqual([1, 2]);
    void sender.submit('q1', 3);
    expect(server.requests.map((request) => request.payload)).toEqual([1, 2, 3]);
  });
});
