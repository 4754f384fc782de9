import { useEffect, useRef } from 'react';

/**
 * A native <dialog> shown as a modal while `open`: it traps focus and returns it by itself. Its element marked
 * `data-initial-focus` takes the focus when it opens (not React's autoFocus, which focuses at mount: a closed dialog on
 * every row of a list forced a layout per row while the page was built).
 */
export function useModalDialog(open: boolean) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      dialog.querySelector<HTMLElement>('[data-initial-focus]')?.focus();
    }
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return ref;
}
