import { useCallback, useEffect, useRef, useState } from 'react';
import { useFlushOnLeave } from '../../components/use-flush-on-leave';

const DELAY_MS = 500;

/**
 * A text field that saves itself shortly after typing stops and at once when left or when the
 * page is hidden. `save` receives the text to store. A newer `stored` text (another window's
 * change) replaces the shown one only while the field is not being edited: not focused, nothing
 * waiting to be saved, no failed save.
 */
export function useDebouncedText(stored: string, save: (text: string) => Promise<void>) {
  const [text, setText] = useState(stored);
  const [status, setStatus] = useState<'idle' | 'saving' | 'saved' | 'failed'>('idle');
  const [focused, setFocused] = useState(false);
  const [waiting, setWaiting] = useState(false);
  const [shown, setShown] = useState(stored);
  const saved = useRef(stored);
  const latest = useRef(stored);
  const timer = useRef<number | null>(null);
  const saveLatest = useRef(save);
  useEffect(() => {
    saveLatest.current = save;
  });

  if (stored !== shown && !focused && !waiting && status !== 'saving' && status !== 'failed') {
    setShown(stored);
    setText(stored);
  }
  useEffect(() => {
    saved.current = shown;
    latest.current = shown;
  }, [shown]);

  const flush = useCallback(() => {
    if (timer.current !== null) window.clearTimeout(timer.current);
    timer.current = null;
    setWaiting(false);
    const value = latest.current;
    if (value === saved.current) return;
    setStatus('saving');
    saveLatest
      .current(value)
      .then(() => {
        saved.current = value;
        setStatus('saved');
      })
      .catch(() => setStatus('failed'));
  }, []);

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

  const focus = useCallback(() => setFocused(true), []);
  /** For the field's onBlur: saves at once and lets stored changes in again. */
  const blur = useCallback(() => {
    setFocused(false);
    flush();
  }, [flush]);

  return { text, change, flush, focus, blur, status };
}

export const STATUS_TEXT = { idle: '', saving: 'Speichert …', saved: 'Gespeichert', failed: 'Nicht gespeichert – bitte erneut versuchen' } as const;
