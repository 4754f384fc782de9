import { beforeAll, describe, expect, it } from 'vitest';

type Sender = { submit(key: string, payload: number, onRetrying?: (error: unknown) => void): Promise<string> };
type Policy = { shouldRetry(error: unknown): boolean; delayMs(attempt: number): number };
let createLatestWinsSender: <P, R>(send: (payload: P) => Promise<R>, retry?: Policy) => { submit(key: string, payload: P, onRetrying?: (error: unknown) => void): Promise<R> };
let RETRY_TRANSIENT: Policy;

beforeAll(async () => {
  // The module listens to the window's pagehide; an EventTarget stands in for it here.
  (globalThis as unknown as { window: EventTarget }).window = new EventTarget();
  ({ createLatestWinsSender, RETRY_TRANSIENT } = await import('../../renderer/src/api/latest-wins'));
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

  it('keeps a value the database could not take yet (BUSY) and sends it again until it is stored', async () => {
    const busy = { error: { code: 'BUSY', message: 'Die Datenbank ist gerade gesperrt.' } };
    const sent: number[] = [];
    let refusals = 2;
    const send = (payload: number) => {
      sent.push(payload);
      return refusals-- > 0 ? Promise.reject(busy) : Promise.resolve(`stored ${payload}`);
    };
    const sender: Sender = createLatestWinsSender(send, { shouldRetry: RETRY_TRANSIENT.shouldRetry, delayMs: () => 5 });
    const retries: unknown[] = [];
    expect(await sender.submit('q1', 80, (error) => retries.push(error))).toBe('stored 80');
    expect(sent).toEqual([80, 80, 80]);
    expect(retries).toEqual([busy, busy]);
  });

  it('sends the newer value when one was typed while a locked save waited, and rejects what is not passing', async () => {
    const sent: number[] = [];
    const failures = [{ error: { code: 'BUSY' } }];
    const send = (payload: number) => {
      sent.push(payload);
      const failure = failures.shift();
      return failure ? Promise.reject(failure) : Promise.resolve(`stored ${payload}`);
    };
    const sender: Sender = createLatestWinsSender(send, { shouldRetry: RETRY_TRANSIENT.shouldRetry, delayMs: () => 20 });
    const first = sender.submit('q1', 1);
    await tick();
    const second = sender.submit('q1', 2);
    expect(await first).toBe('stored 2');
    expect(await second).toBe('stored 2');
    expect(sent).toEqual([1, 2]);

    failures.push({ error: { code: 'INVALID_INPUT' } });
    await expect(sender.submit('q1', 3)).rejects.toEqual({ error: { code: 'INVALID_INPUT' } });
    expect(RETRY_TRANSIENT.shouldRetry({ error: { code: 'STORAGE' } })).toBe(false);
    expect(RETRY_TRANSIENT.shouldRetry({ error: { code: 'UNAVAILABLE' } })).toBe(true);
  });
});
