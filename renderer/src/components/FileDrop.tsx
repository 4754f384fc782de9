import { useId, useState, type ReactNode } from 'react';

interface FileDropProps {
  accept: string;
  label: string;
  hint: ReactNode;
  testId: string;
  disabled?: boolean;
  onFile(file: File): void;
}

/** A file picker that also takes a file dropped onto it. */
export function FileDrop({ accept, label, hint, testId, disabled = false, onFile }: FileDropProps) {
  const id = useId();
  const [over, setOver] = useState(false);
  return (
    <div
      className={`file-drop ${over ? 'over' : ''}`}
      data-testid={`${testId}-zone`}
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(event) => {
        event.preventDefault();
        setOver(false);
        const file = event.dataTransfer.files[0];
        if (file && !disabled) onFile(file);
      }}
    >
      <label htmlFor={id} className="button secondary">
        {label}
      </label>
      <input
        id={id}
        className="visually-hidden"
        type="file"
        accept={accept}
        disabled={disabled}
        data-testid={testId}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) onFile(file);
        }}
      />
      <span className="muted">{hint}</span>
    </div>
  );
}
