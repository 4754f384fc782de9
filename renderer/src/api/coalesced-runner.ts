/**
 * Runs `work` at most once per burst of requests: the first request waits `delayMs`, requests
 * meanwhile join it, and requests that arrive while `work` runs lead to exactly one more run
 * afterwards. Runs never overlap, and no request is left without a run that started after it.
 */
export function createCoalescedRunner(work: () => Promise<void>, delayMs: number) {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let running = false;
  let requestedWhileRunning = false;
  let disposed = false;

  function start(): void {
    timer = null;
    if (disposed) return;
    running = true;
    requestedWhileRunning = false;
    work()
      .catch(() => undefined)
      .finally(() => {
        running = false;
        if (requestedWhileRunning) request();
      });
  }

  function request(): void {
    if (disposed) return;
    if (running) requestedWhileRunning = true;
    else if (timer === null) timer = setTimeout(start, delayMs);
  }

  return {
    request,
    dispose(): void {
      disposed = true;
      if (timer !== null) clearTimeout(timer);
      timer = null;
    },
  };
}
