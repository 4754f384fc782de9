import type { useDebouncedText } from './use-debounced-text';

/** The "Begründung" box of a rated criterion, saving itself through `text` (useDebouncedText). */
export function JustificationField({ text, editable, testId }: { text: ReturnType<typeof useDebouncedText>; editable: boolean; testId: string }) {
  return (
    <label className="comment">
      <span>Begründung</span>
      <textarea rows={2} value={text.text} disabled={!editable} onChange={(event) => text.change(event.target.value)} onFocus={text.focus} onBlur={text.blur} data-testid={testId} />
    </label>
  );
}
