// In-page code as strings: the TypeScript runner would wrap functions in helpers the page lacks.

/** Counts the files the page offers for download (`URL.createObjectURL`, as `api/files.ts` does), from the first script on. */
export const COUNT_OFFERED_FILES = `(() => {
  const create = URL.createObjectURL.bind(URL);
  window.__offeredFiles = 0;
  URL.createObjectURL = (blob) => { window.__offeredFiles += 1; return create(blob); };
})()`;

/**
 * Arms a timer for the user's next click or file choice (the event's own time stamp) that ends
 * on the first frame painted after `condition` holds and no "Lädt …" is shown; the result
 * waits in `window.__settled` (ms). With a `progress` condition, `window.__progressShown` holds
 * when that first showed (or the end, if it never did); `window.__feedbackShown` holds when the
 * screen first answered the click at all: a „Lädt …“, the progress, or the result.
 */
export function armTimer(condition: string, progress = 'false'): string {
  return `(() => {
    window.__offeredFiles = 0;
    let showProgress;
    let showFeedback;
    window.__progressShown = new Promise((resolve) => { showProgress = resolve; });
    window.__feedbackShown = new Promise((resolve) => { showFeedback = resolve; });
    window.__settled = new Promise((resolve, reject) => {
      let started = null;
      let progressAt = null;
      let feedbackAt = null;
      const giveUp = setTimeout(() => reject(new Error(started === null ? 'no click or file choice came' : 'not shown within 30 s: ' + ${JSON.stringify(condition)})), 30000);
      const events = ['click', 'change'];
      const onEvent = (event) => { if (started === null) started = event.timeStamp; };
      for (const name of events) document.addEventListener(name, onEvent, true);
      const settled = () => !document.querySelector('.loading') && (${condition});
      const check = () => {
        if (started !== null && progressAt === null && (${progress})) progressAt = performance.now() - started;
        if (started !== null && feedbackAt === null && document.querySelector('.loading')) feedbackAt = performance.now() - started;
        if (started !== null && settled()) {
          for (const name of events) document.removeEventListener(name, onEvent, true);
          clearTimeout(giveUp);
          requestAnimationFrame(() => {
            const took = performance.now() - started;
            showProgress(progressAt ?? took);
            showFeedback(Math.min(feedbackAt ?? took, progressAt ?? took));
            resolve(took);
          });
        } else requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    });
  })()`;
}

export const SETTLED = 'window.__settled';

/** With a `progress` condition: ms from the event until it first showed. */
export const PROGRESS_SHOWN = 'window.__progressShown';

/** Ms from the event until a „Lädt …“, the progress or the result first showed. */
export const FEEDBACK_SHOWN = 'window.__feedbackShown';

/** A file was offered since the timer was armed. */
export const FILE_OFFERED = 'window.__offeredFiles > 0';

/** From the first script on: the wall-clock time (ms since the epoch) of the first frame with an interactive case list. */
export const WATCH_LIST_INTERACTIVE = `(() => {
  const check = () => {
    if (document.querySelector('[data-testid="case-row"]') && !document.querySelector('.loading')) requestAnimationFrame(() => { window.__listInteractiveAt = performance.timeOrigin + performance.now(); });
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})()`;

export const LIST_INTERACTIVE_AT = `new Promise((resolve, reject) => {
  const giveUp = setTimeout(() => reject(new Error('no interactive case list within 30 s')), 30000);
  const check = () => (window.__listInteractiveAt ? (clearTimeout(giveUp), resolve(window.__listInteractiveAt)) : requestAnimationFrame(check));
  check();
})`;

export const has = (selector: string) => `document.querySelector(${JSON.stringify(selector)}) !== null`;
