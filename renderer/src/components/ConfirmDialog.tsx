import { useId } from 'react';
import { useModalDialog } from './use-modal-dialog';

interface ConfirmDialogProps {
  open: boolean;
  title: string;
  message: string;
  confirmLabel: string;
  onConfirm(): void;
  onCancel(): void;
  /** Names the dialog (`…-dialog`) and its confirm button (`…-yes`) for tests, where a page has several. */
  testIdPrefix?: string;
}

/** A native modal dialog: it traps focus, closes on Escape and returns focus by itself. */
export function ConfirmDialog({ open, title, message, confirmLabel, onConfirm, onCancel, testIdPrefix = 'confirm' }: ConfirmDialogProps) {
  const ref = useModalDialog(open);
  const titleId = useId();
  return (
    <dialog ref={ref} className="dialog" aria-labelledby={titleId} onCancel={onCancel} data-testid={`${testIdPrefix}-dialog`}>
      <h2 id={titleId}>{title}</h2>
      <p>{message}</p>
      <div className="form-actions">
        <button type="button" className="button danger" onClick={onConfirm} data-testid={`${testIdPrefix}-yes`}>
          {confirmLabel}
        </button>
        <button type="button" className="button secondary" onClick={onCancel} data-initial-focus>
          Abbrechen
        </button>
      </div>
    </dialog>
  );
}
