import { saveFieldSummary, useScoringStore } from './scoring-store';
import { useDebouncedText } from './use-debounced-text';
import { TextSaveStatus } from './TextSaveStatus';

export function FieldSummary({ caseId, fieldId, summary, editable }: { caseId: string; fieldId: string; summary: string; editable: boolean }) {
  const load = useScoringStore((state) => state.load);
  const field = useDebouncedText(summary, (text, base) => saveFieldSummary({ caseId, fieldId, summary: text, ...(base === undefined ? {} : { expectedSummary: base }) }));
  return (
    <label className="comment summary">
      <span>Zusammenfassung</span>
      <textarea rows={3} value={field.text} disabled={!editable} onChange={(event) => field.change(event.target.value)} onFocus={field.focus} onBlur={field.blur} data-testid="field-summary" />
      <TextSaveStatus text={field} refresh={() => load(caseId)} testId={`summary-${fieldId}`} />
    </label>
  );
}
