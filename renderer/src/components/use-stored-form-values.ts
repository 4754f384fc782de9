import { useEffect, useRef } from 'react';
import type { FieldValues, UseFormReset } from 'react-hook-form';

/**
 * Keeps an open form in step with the stored values it was filled from (for example after
 * another window saved them): fields the user changed keep the user's text, all others take
 * the new stored values.
 */
export function useStoredFormValues<T extends FieldValues>(reset: UseFormReset<T>, stored: T): void {
  const key = JSON.stringify(stored);
  const applied = useRef(key);
  useEffect(() => {
    if (key === applied.current) return;
    applied.current = key;
    reset(JSON.parse(key) as T, { keepDirtyValues: true, keepErrors: true });
  }, [key, reset]);
}
