import { useState } from 'react';
import type { Agreement } from '../../../../shared/contract';
import { formatGermanDate } from '../../../../shared/domain/dates';
import { parseRequiredGermanDate } from '../../../../shared/domain/german-dates';
import { STATUS_LABELS, YEARLY_REPORTS, type MeasureStatus } from '../../../../shared/goals/agreement';
import { errorMessage } from '../../api/client';
import { DateInput } from '../../components/DateInput';
import { useGoalsStore } from './goals-store';
import { TableHead } from '../../components/TableHead';

/** The yearly report of the implementation: a status and comment for every measure. */
export function ReportEditor({ data }: { data: Agreement }) {
  const change = useGoalsStore((state) => state.change);
  const [year, setYear] = useState(1);
  const existing = data.reports.find((report) => report.year === year);
  const measures = data.fields.flatMap((field) => field.strategicGoals.flatMap((strategic) => strategic.goals.flatMap((goal) => goal.measures)));
  const [date, setDate] = useState(existing ? formatGermanDate(existing.reportDate) : '');
  const [comment, setComment] = useState(existing?.comment ?? '');
  const [entries, setEntries] = useState<Record<string, { status: MeasureStatus; comment: string }>>(() =>
    Object.fromEntries(measures.map((measure) => [measure.id, existing?.entries.find((entry) => entry.measureId === measure.id) ?? { status: measure.status, comment: '' }])),
  );
  const [message, setMessage] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);

  function chooseYear(next: number) {
    const report = data.reports.find((candidate) => candidate.year === next);
    setYear(next);
    setDate(report ? formatGermanDate(report.reportDate) : '');
    setComment(report?.comment ?? '');
    setEntries(Object.fromEntries(measures.map((measure) => [measure.id, report?.entries.find((entry) => entry.measureId === measure.id) ?? { status: measure.status, comment: '' }])));
    setMessage(null);
  }

  return (
    <form
      className="card report-editor"
      data-testid="report-editor"
      onSubmit={(event) => {
        event.preventDefault();
        const parsed = parseRequiredGermanDate(date, 'Bitte das Datum des Berichts angeben.');
        if (!parsed.ok) {
          setMessage({ kind: 'error', text: parsed.message });
          return;
        }
        change('goals.saveReport', {
          caseId: data.caseId,
          year,
          reportDate: parsed.value,
          comment,
          entries: measures.map((measure) => ({ measureId: measure.id, ...(entries[measure.id] ?? { status: measure.status, comment: '' }) })),
        })
          .then(() => setMessage({ kind: 'success', text: `Jahresbericht ${year} gespeichert.` }))
          .catch((failure: unknown) => setMessage({ kind: 'error', text: errorMessage(failure) }));
      }}
    >
      <h2>Jahresbericht zur Umsetzung</h2>
      <div className="inline-form">
        <label className="field">
          <span>Berichtsjahr</span>
          <select value={year} onChange={(event) => chooseYear(Number(event.target.value))} data-testid="report-year">
            {Array.from({ length: YEARLY_REPORTS }, (_, index) => index + 1).map((option) => (
              <option key={option} value={option}>
                {option}. Jahr{data.reports.some((report) => report.year === option) ? ' (vorhanden)' : ''}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>Datum des Berichts</span>
          <DateInput value={date} onChange={(event) => setDate(event.target.value)} data-testid="report-date" />
        </label>
        <label className="field grow">
          <span>Kommentar</span>
          <input value={comment} onChange={(event) => setComment(event.target.value)} data-testid="report-comment" />
        </label>
      </div>
      {measures.length === 0 ? (
        <p className="muted">Noch keine Maßnahmen.</p>
      ) : (
        <table className="data-table compact">
          <TableHead columns={['Nr.', 'Maßnahme', 'Stand', 'Kommentar']} />
          <tbody>
            {measures.map((measure) => {
              const entry = entries[measure.id] ?? { status: measure.status, comment: '' };
              return (
                <tr key={measure.id}>
                  <td>{measure.number}</td>
                  <td>{measure.title}</td>
                  <td>
                    <select
                      value={entry.status}
                      aria-label={`Stand von ${measure.number}`}
                      onChange={(event) => setEntries({ ...entries, [measure.id]: { ...entry, status: event.target.value as MeasureStatus } })}
                      data-testid={`report-status-${measure.number}`}
                    >
                      {Object.entries(STATUS_LABELS).map(([value, label]) => (
                        <option key={value} value={value}>
                          {label}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    <input
                      value={entry.comment}
                      aria-label={`Kommentar zu ${measure.number}`}
                      onChange={(event) => setEntries({ ...entries, [measure.id]: { ...entry, comment: event.target.value } })}
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={!data.reportsEditable || measures.length === 0} data-testid="report-save">
          Jahresbericht speichern
        </button>
        {message && (
          <span className={message.kind === 'error' ? 'error-text' : 'save-status saved'} role={message.kind === 'error' ? 'alert' : 'status'} data-testid="report-message">
            {message.text}
          </span>
        )}
      </div>
    </form>
  );
}
