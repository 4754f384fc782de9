import { useState } from 'react';

/** A one-line "add" form: type, press Enter. */
export function InlineAdd({ label, testId, onAdd }: { label: string; testId: string; onAdd(title: string): Promise<void> }) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      className="item-add"
      onSubmit={(event) => {
        event.preventDefault();
        if (text.trim() === '') {
          setError('Bitte einen Titel eingeben.');
          return;
        }
        onAdd(text)
          .then(() => {
            setText('');
            setError(null);
          })
          .catch((failure: unknown) => setError(failure instanceof Error ? failure.message : 'Nicht gespeichert.'));
      }}
    >
      <input value={text} onChange={(event) => setText(event.target.value)} placeholder={label} aria-label={label} data-testid={`${testId}-input`} />
      <button type="submit" className="button secondary small" data-testid={`${testId}-add`}>
        Hinzufügen
      </button>
      {error && (
        <small className="error-text" role="alert">
          {error}
        </small>
      )}
    </form>
  );
}
