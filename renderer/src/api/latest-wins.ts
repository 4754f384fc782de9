interface Waiter<R> {
  resolve(value: R): void;
  reject(error: unknown): void;
}

interface Slot<P, R> {
  busy: boolean;
  next: P | null;
  waiters: Waiter<R>[];
}

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
 * no waiting save is lost. A promise resolves when its value, or a newer one, is stored.
 */
export function createLatestWinsSender<P, R>(send: (payload: P) => Promise<R>) {
  const slots = new Map<string, Slot<P, R>>();

  function settle(request: Promise<R>, waiters: Waiter<R>[]): Promise<R> {
    request.then(
      (result) => waiters.forEach((waiter) => waiter.resolve(result)),
      (error: unknown) => waiters.forEach((waiter) => waiter.reject(error)),
    );
    return request;
  }

  function run(key: string, slot: Slot<P, R>): void {
    if (slot.next === null || (slot.busy && !unloading)) return;
    const payload = slot.next;
    const waiters = slot.waiters;
    slot.next = null;
    slot.waiters = [];
    slot.busy = true;
    settle(send(payload), waiters)
      .catch(() => undefined)
      .finally(() => {
        slot.busy = false;
        if (slot.next === null) slots.delete(key);
        else run(key, slot);
      });
  }

  flushers.add(() => {
    for (const [key, slot] of slots) run(key, slot);
  });

  return {
    submit(key: string, payload: P): Promise<R> {
      const slot = slots.get(key) ?? { busy: false, next: null, waiters: [] };
      slots.set(key, slot);
      slot.next = payload;
      const promise = new Promise<R>((resolve, reject) => slot.waiters.push({ resolve, reject }));
      run(key, slot);
      return promise;
    },
  };
}
