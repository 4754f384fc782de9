interface Waiter<R> {
  resolve(value: R): void;
  reject(error: unknown): void;
}

interface Slot<P, R> {
  busy: boolean;
  next: P | null;
  waiters: Waiter<R>[];
  /** Failed attempts in a row that are being retried; 0 when the last one was stored. */
  attempts: number;
  retryTimer: ReturnType<typeof setTimeout> | null;
  onRetrying: ((error: unknown) => void) | null;
}

interface RetryPolicy {
  /** Errors that change nothing and pass (a locked database, a lost connection): the value is kept and sent again. */
  shouldRetry(error: unknown): boolean;
  delayMs(attempt: number): number;
}

const TRANSIENT_CODES = new Set(['BUSY', 'UNAVAILABLE']);

/**
 * Retries a locked database and a lost connection for as long as it takes, at most every 5 s.
 * @public (test/renderer/latest-wins.test.ts imports it dynamically)
 */
export const RETRY_TRANSIENT: RetryPolicy = {
  shouldRetry: (error) => TRANSIENT_CODES.has(String((error as { error?: { code?: unknown } } | null)?.error?.code)),
  delayMs: (attempt) => Math.min(5000, 250 * 2 ** Math.min(attempt, 5)),
};

let unloading = false;
const flushers = new Set<() => void>();
// Capture listeners on the window run before the components' own pagehide flushes: from here
// on every save goes out at once, and the ones already waiting are sent now.
window.addEventListener(
  'pagehide',
  () => {
    unloading = true;
    for (const flush of flushers) flush();
  },
  { capture: true },
);
window.addEventListener('pageshow', () => (unloading = false));

/**
 * Saves per key (a question, a criterion): at most one request in flight, a newer value
 * replaces one still waiting, and while the page unloads everything goes out at once, so that
 * no waiting save is lost. A promise resolves when its value, or a newer one, is stored. A
 * failure the retry policy names transient keeps the value and sends it again later (the
 * promise stays open meanwhile, and `onRetrying` says why); any other failure rejects.
 */
export function createLatestWinsSender<P, R>(send: (payload: P) => Promise<R>, retry: RetryPolicy = RETRY_TRANSIENT) {
  const slots = new Map<string, Slot<P, R>>();

  function run(key: string, slot: Slot<P, R>): void {
    if (slot.next === null || (slot.busy && !unloading)) return;
    if (slot.retryTimer !== null) {
      clearTimeout(slot.retryTimer);
      slot.retryTimer = null;
    }
    const payload = slot.next;
    const waiters = slot.waiters;
    slot.next = null;
    slot.waiters = [];
    slot.busy = true;
    send(payload).then(
      (result) => {
        slot.attempts = 0;
        waiters.forEach((waiter) => waiter.resolve(result));
        finish(key, slot);
      },
      (error: unknown) => {
        if (!retry.shouldRetry(error)) {
          waiters.forEach((waiter) => waiter.reject(error));
          finish(key, slot);
          return;
        }
        // Nothing was stored: the value goes back into the slot unless a newer one is waiting already.
        if (slot.next === null) slot.next = payload;
        slot.waiters.unshift(...waiters);
        slot.attempts += 1;
        slot.onRetrying?.(error);
        slot.busy = false;
        slot.retryTimer = setTimeout(() => {
          slot.retryTimer = null;
          run(key, slot);
        }, retry.delayMs(slot.attempts));
      },
    );
  }

  function finish(key: string, slot: Slot<P, R>): void {
    slot.busy = false;
    if (slot.next === null) slots.delete(key);
    else run(key, slot);
  }

  flushers.add(() => {
    for (const [key, slot] of slots) run(key, slot);
  });

  return {
    submit(key: string, payload: P, onRetrying?: (error: unknown) => void): Promise<R> {
      const slot: Slot<P, R> = slots.get(key) ?? { busy: false, next: null, waiters: [], attempts: 0, retryTimer: null, onRetrying: null };
      slots.set(key, slot);
      slot.next = payload;
      slot.onRetrying = onRetrying ?? null;
      const promise = new Promise<R>((resolve, reject) => slot.waiters.push({ resolve, reject }));
      run(key, slot);
      return promise;
    },
  };
}
