import { useState } from 'react';

/**
 * A choice that shows the user's pick at once while it is saved, falls back if saving fails, and
 * otherwise follows the stored value (for example after another window changed it); a stored
 * value is not taken over while a save of this choice is on its way.
 */
export function useStoredChoice<T>(stored: T, same: (a: T, b: T) => boolean = Object.is) {
  const [value, setValue] = useState(stored);
  const [shown, setShown] = useState(stored);
  const [saving, setSaving] = useState(0);
  if (!same(stored, shown) && saving === 0) {
    setShown(stored);
    setValue(stored);
  }
  /** Shows `next` and runs `save`; when that fails, the value shown before comes back. */
  const choose = (next: T, save: () => Promise<unknown>) => {
    const before = value;
    setValue(next);
    setSaving((count) => count + 1);
    save()
      .catch(() => setValue(before))
      .finally(() => setSaving((count) => count - 1));
  };
  return [value, choose] as const;
}
