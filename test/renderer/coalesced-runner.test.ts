import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCoalescedRunner } from '../../renderer/src/api/coalesced-runner';

function controlledWork() {
  const runs: { finish(): void }[] = [];
  const work = () => new Promise<void>((resolve) => runs.push({ finish: resolve }));
  return { runs, work };
}

describe('coalesced runner', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs once for a burst of requests, after the delay', async () => {
    const { runs, work } = controlledWork();
    const runner = createCoalescedRunner(work, 100);
    for (let i = 0; i < 20; i += 1) runner.request();
    await vi.advanceTimersByTimeAsync(99);
    expect(runs).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(runs).toHaveLength(1);
    runs[0]!.finish();
    await vi.advanceTimersByTimeAsync(500);
    expect(runs).toHaveLength(1);
  });

  it('runs exactly once more for requests that arrive while running, never two at a time', async () => {
    const { runs, work } = controlledWork();
    const runner = createCoalescedRunner(work, 100);
    runner.request();
    await vi.advanceTimersByTimeAsync(100);
    runner.request();
    runner.request();
    await vi.advanceTimersByTimeAsync(500);
    expect(runs).toHaveLength(1);
    runs[0]!.finish();
    await vi.advanceTimersByTimeAsync(100);
    expect(runs).toHaveLength(2);
    runs[1]!.finish();
    await vi.advanceTimersByTimeAsync(500);
    expect(runs).toHaveLength(2);
  });

  it('keeps going after a failed run, and does nothing once disposed', async () => {
    let calls = 0;
    const runner = createCoalescedRunner(() => {
      calls += 1;
      return Promise.reject(new Error('offline'));
    }, 50);
    runner.request();
    await vi.advanceTimersByTimeAsync(50);
    runner.request();
    await vi.advanceTimersByTimeAsync(50);
    expect(calls).toBe(2);
    runner.request();
    runner.dispose();
    await vi.advanceTimersByTimeAsync(500);
    expect(calls).toBe(2);
  });
});
