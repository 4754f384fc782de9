import { useCallback, useEffect, useRef, useState } from 'react';
import { useFlushOnLeave } from '../../components/use-flush-on-leave';

const DELAY_MS = 500;

/**
 * A text field that saves itself shortly after typing stops and at once when left or when the
 * page is hidden. `save` receives the text to store.
 */
export function useDebouncedText(initial: string, save: (text: string) => Promise<void>) {
  const [text, setText] = useState(initial);
  const [status, setStatus] = useState<'idle' | 'saving' | 'saved' | 'failed'>('idle');
  const saved = useRef(initial);
  const latest = useRef(initial);
  const timer = useRef<number | null>(null);
  const saveLatest = useRef(save);
  useEffect(() => {
    saveLatest.current = save;
  });

  const flush = useCallback(() => {
    if (timer.current !== null) window.clearTimeout(timer.current);
    timer.current = null;
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
      latest.current = value;
      if (timer.current !== null) window.clearTimeout(timer.current);
      timer.current = window.setTimeout(flush, DELAY_MS);
    },
    [flush],
  );

  return { text, change, flush, status };
}

export const STATUS_TEXT = { idle: '', saving: 'Speichert …', saved: 'Gespeichert', failed: 'Nicht gespeichert – bitte erneut versuchen' } as const;
