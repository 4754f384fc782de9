import { STATUS_TEXT, type TextSaveStatus as Status } from './use-debounced-text';

interface TextSaveStatusProps {
  text: { status: Status; reload(): void };
  /** Loads the page's data again, so that the stored text shown after a refused save is the newest. */
  refresh: () => Promise<void>;
  /** The backend's message of a failed save, shown instead of the short status. */
  error?: string | null;
  testId: string;
}

/** How an autosaved text stands; after a refused stale save, the way to the stored text. */
export function TextSaveStatus({ text, refresh, error, testId }: TextSaveStatusProps) {
  return (
    <span className={`save-status ${text.status}`} aria-live="polite" data-testid={`${testId}-status`}>
      {error ? <span className="error-text">Nicht gespeichert: {error}</span> : STATUS_TEXT[text.status]}
      {text.status === 'stale' && (
        <button
          type="button"
          className="link-button"
          onClick={() => {
            text.reload();
            void refresh();
          }}
          data-testid={`${testId}-reload`}
        >
          Gespeicherten Stand laden
        </button>
      )}
    </span>
  );
}
