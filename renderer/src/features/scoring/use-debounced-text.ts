import { useCallback, useEffect, useRef, useState } from 'react';
import { isStaleWrite } from '../../api/client';
import { useFlushOnLeave } from '../../components/use-flush-on-leave';

const DELAY_MS = 500;

export type TextSaveStatus = 'idle' | 'saving' | 'saved' | 'failed' | 'stale';

/**
 * Saves a text together with what else its record holds (`patch`: a rating chosen beside it).
 * `base` is the stored text this save replaces, so that the backend can refuse it when another
 * window changed the text meanwhile; it is undefined only for a save sent at unload behind
 * another one still in flight, whose refusal nobody would see.
 */
type TextSave<P> = (text: string, base: string | undefined, patch: P | undefined) => Promise<void>;

/**
 * A text field that saves itself shortly after typing stops and at once when left or when the
 * page is hidden. Saves run one after another, each naming the text it replaces; `commit` saves
 * the record's other parts (`patch`) in the same line. A refused stale save shows `stale`, and
 * `reload` then shows the stored text. A newer `stored` text (another window's change) replaces
 * the shown one only while the field is not being edited: not focused, nothing waiting to be
 * saved, no failed save.
 */
export function useDebouncedText<P = never>(stored: string, save: TextSave<P>) {
  const [text, setText] = useState(stored);
  const [status, setStatus] = useState<TextSaveStatus>('idle');
  const [focused, setFocused] = useState(false);
  const [waiting, setWaiting] = useState(false);
  const [shown, setShown] = useState(stored);
  /** The text known to be stored: taken from storage or saved from here. */
  const saved = useRef(stored);
  const latest = useRef(stored);
  const timer = useRef<number | null>(null);
  const chain = useRef<Promise<void>>(Promise.resolve());
  const running = useRef(0);
  const saveLatest = useRef(save);
  useEffect(() => {
    saveLatest.current = save;
  });

  if (stored !== shown && !focused && !waiting && status !== 'saving' && status !== 'failed' && status !== 'stale') {
    setShown(stored);
    setText(stored);
  }
  useEffect(() => {
    saved.current = shown;
    latest.current = shown;
  }, [shown]);

  const enqueue = useCallback((patch: P | undefined, unloading: boolean): Promise<void> => {
    // Set at once, so that no stored text replaces the one about to be saved.
    setStatus('saving');
    if (unloading && running.current > 0) return saveLatest.current(latest.current, undefined, patch);
    running.current += 1;
    const run = chain.current
      .catch(() => undefined)
      .then(async () => {
        const value = latest.current;
        if (patch === undefined && value === saved.current) return;
        await saveLatest.current(value, saved.current, patch);
        saved.current = value;
      })
      .then(
        () => {
          if (running.current === 1) setStatus('saved');
        },
        (error: unknown) => {
          setStatus(isStaleWrite(error) ? 'stale' : 'failed');
          throw error;
        },
      )
      .finally(() => (running.current -= 1));
    chain.current = run;
    return run;
  }, []);

  const flush = useCallback(
    (event?: Event) => {
      if (timer.current !== null) window.clearTimeout(timer.current);
      timer.current = null;
      setWaiting(false);
      if (latest.current === saved.current && running.current === 0) return;
      enqueue(undefined, event?.type === 'pagehide').catch(() => undefined);
    },
    [enqueue],
  );

  useFlushOnLeave(flush);

  const change = useCallback(
    (value: string) => {
      setText(value);
      setWaiting(true);
      latest.current = value;
      if (timer.current !== null) window.clearTimeout(timer.current);
      timer.current = window.setTimeout(flush, DELAY_MS);
    },
    [flush],
  );

  /** Saves the record's other parts now, with the text as typed so far. */
  const commit = useCallback(
    (patch: P) => {
      if (timer.current !== null) window.clearTimeout(timer.current);
      timer.current = null;
      setWaiting(false);
      return enqueue(patch, false);
    },
    [enqueue],
  );

  const focus = useCallback(() => setFocused(true), []);
  /** For the field's onBlur: saves at once and lets stored changes in again. */
  const blur = useCallback(() => {
    setFocused(false);
    flush();
  }, [flush]);

  /** After a refused stale save: drops the typed text and shows the stored one. */
  const reload = useCallback(() => {
    saved.current = stored;
    latest.current = stored;
    setStatus('idle');
    setWaiting(false);
    setShown(stored);
    setText(stored);
  }, [stored]);

  return { text, change, flush, commit, focus, blur, reload, status };
}

export const STATUS_TEXT: Record<TextSaveStatus, string> = {
  idle: '',
  saving: 'Speichert …',
  saved: 'Gespeichert',
  failed: 'Nicht gespeichert – bitte erneut versuchen',
  stale: 'Nicht gespeichert – an anderer Stelle geändert',
};
