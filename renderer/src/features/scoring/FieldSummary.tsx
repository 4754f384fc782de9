import { useScoringStore } from './scoring-store';
import { STATUS_TEXT, useDebouncedText } from './use-debounced-text';

export function FieldSummary({ caseId, fieldId, summary, editable }: { caseId: string; fieldId: string; summary: string; editable: boolean }) {
  const saveSummary = useScoringStore((state) => state.saveSummary);
  const field = useDebouncedText(summary, (text) => saveSummary({ caseId, fieldId, summary: text }));
  return (
    <label className="comment summary">
      <span>Zusammenfassung</span>
      <textarea rows={3} value={field.text} disabled={!editable} onChange={(event) => field.change(event.target.value)} onFocus={field.focus} onBlur={field.blur} data-testid="field-summary" />
      <span className={`save-status ${field.status}`} aria-live="polite">
        {STATUS_TEXT[field.status]}
      </span>
    </label>
  );
}
