
/** What the box needs of useDebouncedText. */
interface TextField {
  text: string;
  change(value: string): void;
  focus(): void;
  blur(): void;
}

/** The "Begründung" box of a rated criterion, saving itself through `text` (useDebouncedText). */
export function JustificationField({ text, editable, testId }: { text: TextField; editable: boolean; testId: string }) {
  return (
    <label className="comment">
      <span>Begründung</span>
      <textarea rows={2} value={text.text} disabled={!editable} onChange={(event) => text.change(event.target.value)} onFocus={text.focus} onBlur={text.blur} data-testid={testId} />
    </label>
  );
}
