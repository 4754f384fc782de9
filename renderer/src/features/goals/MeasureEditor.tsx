import { useState } from 'react';
import type { MeasureInput, MeasureOutput } from '../../../../shared/contract';
import { measureInputSchema } from '../../../../shared/contract';
import { formatGermanMonth, parseGermanMonth } from '../../../../shared/domain/german-dates';
import { formatGermanDecimal, parseGermanDecimal } from '../../../../shared/domain/german-numbers';
import { PRIORITY_LABELS } from '../../../../shared/goals/agreement';
import { ApiCallError, errorMessage } from '../../api/client';

interface Linkable {
  id: string;
  kind: string;
  text: string;
}

interface MeasureEditorProps {
  initial: MeasureOutput | null;
  linkableItems: Linkable[];
  linkableQuestions: { id: string; text: string }[];
  submitLabel: string;
  onSubmit(measure: MeasureInput): Promise<void>;
  onCancel(): void;
}

type Draft = Record<'title' | 'description' | 'responsibleUnit' | 'responsiblePerson' | 'start' | 'end' | 'budget' | 'budgetNote' | 'priority' | 'linkedItemId' | 'linkedQuestionId', string>;

function draftOf(measure: MeasureOutput | null): Draft {
  return {
    title: measure?.title ?? '',
    description: measure?.description ?? '',
    responsibleUnit: measure?.responsibleUnit ?? '',
    responsiblePerson: measure?.responsiblePerson ?? '',
    start: formatGermanMonth(measure?.startMonth ?? null),
    end: formatGermanMonth(measure?.endMonth ?? null),
    budget: measure?.budget === null || measure?.budget === undefined ? '' : formatGermanDecimal(measure.budget, 2),
    budgetNote: measure?.budgetNote ?? '',
    priority: measure?.priority ?? 'mittel',
    linkedItemId: measure?.linkedItemId ?? '',
    linkedQuestionId: measure?.linkedQuestionId ?? '',
  };
}

/** The measure form, inline in the tree; Enter saves, every problem shows next to its field. */
export function MeasureEditor({ initial, linkableItems, linkableQuestions, submitLabel, onSubmit, onCancel }: MeasureEditorProps) {
  const [draft, setDraft] = useState<Draft>(() => draftOf(initial));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const field = (key: keyof Draft) => ({
    value: draft[key],
    onChange: (event: { target: { value: string } }) => setDraft({ ...draft, [key]: event.target.value }),
    'aria-invalid': errors[key] ? true : undefined,
    'data-testid': `measure-${key}`,
  });

  async function submit() {
    const problems: Record<string, string> = {};
    const start = parseGermanMonth(draft.start);
    const end = parseGermanMonth(draft.end);
    const budget = parseGermanDecimal(draft.budget);
    if (!start.ok) problems.start = start.message;
    if (!end.ok) problems.end = end.message;
    if (budget !== null && Number.isNaN(budget)) problems.budget = 'Bitte einen Betrag eingeben, z. B. 12.500,00.';
    const candidate = measureInputSchema.safeParse({
      ...draft,
      startMonth: start.ok ? start.value : null,
      endMonth: end.ok ? end.value : null,
      budget: budget === null || Number.isNaN(budget) ? null : budget,
      linkedItemId: draft.linkedItemId || null,
      linkedQuestionId: draft.linkedQuestionId || null,
    });
    if (!candidate.success) {
      for (const issue of candidate.error.issues) {
        const key = String(issue.path[0] ?? 'title');
        problems[key === 'startMonth' ? 'start' : key === 'endMonth' ? 'end' : key] ??= issue.message;
      }
    }
    setErrors(problems);
    if (Object.keys(problems).length > 0 || !candidate.success) return;
    setBusy(true);
    try {
      await onSubmit(candidate.data);
    } catch (error) {
      const issues = error instanceof ApiCallError ? (error.error.issues ?? []) : [];
      setErrors({ form: errorMessage(error), ...Object.fromEntries(issues.map((issue) => [issue.path.split('.').pop() ?? 'form', issue.message])) });
    } finally {
      setBusy(false);
    }
  }

  const error = (key: string) =>
    errors[key] ? (
      <small className="error-text" role="alert">
        {errors[key]}
      </small>
    ) : null;

  return (
    <form
      className="measure-editor"
      data-testid="measure-editor"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      {errors.form && (
        <p className="alert error" role="alert">
          Nicht gespeichert: {errors.form}
        </p>
      )}
      <div className="grid four">
        <label className="field full">
          <span>Maßnahme *</span>
          <input {...field('title')} autoFocus />
          {error('title')}
        </label>
        <label className="field">
          <span>Verantwortliche Stelle</span>
          <input {...field('responsibleUnit')} />
        </label>
        <label className="field">
          <span>Ansprechperson</span>
          <input {...field('responsiblePerson')} />
        </label>
        <label className="field">
          <span>Beginn (MM/JJJJ)</span>
          <input {...field('start')} placeholder="MM/JJJJ" />
          {error('start')}
        </label>
        <label className="field">
          <span>Ende (MM/JJJJ)</span>
          <input {...field('end')} placeholder="MM/JJJJ" />
          {error('end')}
        </label>
        <label className="field">
          <span>Budget (€)</span>
          <input {...field('budget')} inputMode="decimal" placeholder="z. B. 12.500" />
          {error('budget')}
        </label>
        <label className="field">
          <span>Hinweis zum Budget</span>
          <input {...field('budgetNote')} placeholder="z. B. aus laufendem Haushalt" />
        </label>
        <label className="field">
          <span>Priorität</span>
          <select {...field('priority')}>
            {Object.entries(PRIORITY_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>Antwortet auf (Stärken/Schwächen)</span>
          <select {...field('linkedItemId')}>
            <option value="">– keine Verknüpfung –</option>
            {linkableItems.map((item) => (
              <option key={item.id} value={item.id}>
                {item.kind === 'staerke' ? 'Stärke' : item.kind === 'schwaeche' ? 'Schwäche' : 'Handlungsbedarf'}: {item.text}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>Antwortet auf (Frage des Fragebogens)</span>
          <select {...field('linkedQuestionId')}>
            <option value="">– keine Verknüpfung –</option>
            {linkableQuestions.map((question) => (
              <option key={question.id} value={question.id}>
                {question.text}
              </option>
            ))}
          </select>
        </label>
        <label className="field full">
          <span>Beschreibung</span>
          <textarea {...field('description')} rows={2} />
        </label>
      </div>
      <div className="form-actions">
        <button type="submit" className="button primary small" disabled={busy} data-testid="measure-save">
          {submitLabel}
        </button>
        <button type="button" className="button secondary small" onClick={onCancel}>
          Abbrechen
        </button>
      </div>
    </form>
  );
}
