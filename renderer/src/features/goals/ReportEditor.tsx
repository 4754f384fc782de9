import { EvidenceClip } from '../evidence/EvidenceClip';
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { Agreement } from '../../../../shared/contract';
import { STATUS_LABELS } from '../../../../shared/goals/agreement';
import { errorMessage } from '../../api/client';
import { FormField } from '../../components/FormField';
import { optionsOf, SelectOptions } from '../../components/SelectOptions';
import { showServerIssues } from '../../components/server-issues';
import { TableHead } from '../../components/TableHead';
import { useStoredFormValues } from '../../components/use-stored-form-values';
import { useGoalsStore } from './goals-store';
import { measuresOf, reportFieldOf, reportFormSchema, reportValuesOf, type ReportFormOutput, type ReportFormValues } from './report-form-schema';
import { DateField } from '../../components/DateField';

/** The yearly report of the implementation: a status and comment for every measure. */
export function ReportEditor({ data }: { data: Agreement }) {
  const change = useGoalsStore((state) => state.change);
  const [year, setYear] = useState(1);
  const measures = measuresOf(data);
  const { register, handleSubmit, setError, reset, formState } = useForm<ReportFormValues, unknown, ReportFormOutput>({
    resolver: zodResolver(reportFormSchema),
    defaultValues: reportValuesOf(data, year),
  });
  const { errors } = formState;
  // Measures added or reported elsewhere meanwhile show up; what is typed here stays.
  useStoredFormValues(reset, reportValuesOf(data, year));
  const [message, setMessage] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);

  const chooseYear = (next: number) => {
    setYear(next);
    reset(reportValuesOf(data, next));
    setMessage(null);
  };
  const save = async (report: ReportFormOutput) => {
    setMessage(null);
    try {
      await change('goals.saveReport', { caseId: data.caseId, year, ...report });
      setMessage({ kind: 'success', text: `Jahresbericht ${year} gespeichert.` });
    } catch (error) {
      const placed = showServerIssues(error, setError, reportFieldOf);
      setMessage(placed > 0 ? null : { kind: 'error', text: errorMessage(error) });
    }
  };

  return (
    <form className="card report-editor" data-testid="report-editor" noValidate onSubmit={(event) => void handleSubmit(save)(event)}>
      <h2>Jahresbericht zur Umsetzung</h2>
      <div className="inline-form">
        <FormField label="Berichtsjahr">
          <select value={year} onChange={(event) => chooseYear(Number(event.target.value))} data-testid="report-year">
            <SelectOptions
              options={Array.from({ length: data.yearlyReports }, (_, index) => index + 1).map((option) => ({
                value: String(option),
                label: `${option}. Jahr${data.reports.some((report) => report.year === option) ? ' (vorhanden)' : ''}`,
              }))}
            />
          </select>
        </FormField>
        <DateField label="Datum des Berichts" error={errors.date?.message} {...register('date')} data-testid="report-date" />
        <FormField label="Kommentar" className="grow" error={errors.comment?.message}>
          <input {...register('comment')} data-testid="report-comment" />
        </FormField>
      </div>
      <EvidenceClip caseId={data.caseId} place={`report:${year}`} label={`Jahresbericht ${year}`} />
      {measures.length === 0 ? (
        <p className="muted">Noch keine Maßnahmen.</p>
      ) : (
        <table className="data-table compact">
          <TableHead columns={['Nr.', 'Maßnahme', 'Stand', 'Kommentar']} />
          <tbody>
            {measures.map((measure, index) => (
              <tr key={measure.id}>
                <td>{measure.number}</td>
                <td>{measure.title}</td>
                <td>
                  <select {...register(`entries.${index}.status`)} aria-label={`Stand von ${measure.number}`} data-testid={`report-status-${measure.number}`}>
                    <SelectOptions options={optionsOf(STATUS_LABELS)} />
                  </select>
                </td>
                <td>
                  <input {...register(`entries.${index}.comment`)} aria-label={`Kommentar zu ${measure.number}`} aria-invalid={errors.entries?.[index]?.comment ? true : undefined} />
                  {errors.entries?.[index]?.comment && (
                    <small className="error-text" role="alert">
                      {errors.entries[index].comment.message}
                    </small>
                  )}
                </td>
              </tr>
            ))}
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
