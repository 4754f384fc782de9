import type { Question } from '../../../../shared/catalogue/catalogue-schema';
import type { ImportProblem, ImportReport } from '../../../../shared/contract';
import { describeAnswer } from '../../../../shared/questionnaire/answer-text';
import { useTerms } from '../cases/use-terms';
import { useQuestionnaireStore } from './questionnaire-store';
import { countOf } from '../../../../shared/domain/german-plural';
import { TableHead } from '../../components/TableHead';

const STATUS_LABELS = { new: 'Neu', changed: 'Geändert', unchanged: 'Unverändert', conflict: 'Konflikt' } as const;

/** The label of the choice to apply a workbook with errors without its invalid rows. */
export const SKIP_INVALID_LABEL = 'Gültige Zeilen übernehmen, fehlerhafte überspringen';

/** How many rows the problems concern (a row can have a wrong answer and a wrong Stichtag). */
export function rowsWithProblems(problems: readonly ImportProblem[]): number {
  return new Set(problems.map((problem) => `${problem.sheet}\u0000${problem.row ?? ''}`)).size;
}

interface ProblemTableProps {
  problems: readonly ImportProblem[];
  reasonTitle: string;
  rowTestId: string;
  testId?: string;
}

/** Problems of a workbook by sheet and row, with the question, what the cell held and why it was not read. */
export function ProblemTable({ problems, reasonTitle, rowTestId, testId }: ProblemTableProps) {
  return (
    <table className="data-table compact" data-testid={testId}>
      <TableHead columns={['Blatt', 'Zeile', 'Frage', 'Wert', reasonTitle]} />
      <tbody>
        {problems.map((problem, index) => (
          <tr key={`${problem.sheet}-${problem.row ?? 'x'}-${index}`} data-testid={rowTestId}>
            <td>{problem.sheet}</td>
            <td className="number">{problem.row ?? '–'}</td>
            <td>
              {problem.questionId ? (
                <>
                  {problem.questionText ?? problem.questionId}
                  <small className="muted block">{problem.questionId}</small>
                </>
              ) : (
                '–'
              )}
            </td>
            <td>{problem.value ? `„${problem.value}“` : '–'}</td>
            <td>{problem.message}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

interface ImportPreviewProps {
  report: ImportReport;
  questions: Map<string, Question>;
  chosenConflicts: Set<string>;
  onToggleConflict(questionId: string, chosen: boolean): void;
  /** Whether the valid rows are to be applied and the rows with errors skipped. */
  skipInvalid: boolean;
  onSkipInvalidChange(skip: boolean): void;
}

export function ImportPreview({ report, questions, chosenConflicts, onToggleConflict, skipInvalid, onSkipInvalidChange }: ImportPreviewProps) {
  const shown = report.entries.filter((entry) => entry.status !== 'unchanged');
  const invalidRows = rowsWithProblems(report.errors);
  const terms = useTerms(useQuestionnaireStore((state) => state.data?.caseId));
  return (
    <div className="import-preview" data-testid="import-preview">
      <p className="import-counts" data-testid="import-counts">
        <span className="badge">Neu: {report.counts.new}</span> <span className="badge">Geändert: {report.counts.changed}</span>{' '}
        <span className="badge">Unverändert: {report.counts.unchanged}</span>{' '}
        <span className={`badge ${report.counts.conflicts > 0 ? 'warn' : ''}`}>Konflikte: {report.counts.conflicts}</span>{' '}
        <span className={`badge ${report.errors.length > 0 ? 'status-trash' : ''}`}>Fehler: {report.errors.length}</span>
      </p>
      {report.errors.length > 0 && (
        <div className="alert error" role="alert" data-testid="import-errors">
          <p>
            {report.canSkipInvalid
              ? `Die Arbeitsmappe enthält Fehler in ${countOf(invalidRows, 'Zeile', 'Zeilen')}. Bitte in der Datei korrigieren und erneut importieren – oder unten wählen, dass nur die gültigen Zeilen übernommen werden.`
              : 'Die Arbeitsmappe enthält Fehler. Bitte in der Datei korrigieren und erneut importieren; es wird nichts übernommen.'}
          </p>
          <ProblemTable problems={report.errors} reasonTitle="Problem" rowTestId="import-error-row" />
        </div>
      )}
      {shown.length > 0 && (
        <div className="import-table-wrap">
          <table className="data-table compact" data-testid="import-entries">
            <TableHead columns={['Status', 'Frage', 'Bisher', 'Aus der Arbeitsmappe', 'Übernehmen?']} />
            <tbody>
              {shown.map((entry) => {
                const question = questions.get(entry.questionId);
                return (
                  <tr key={entry.questionId} className={`entry-${entry.status}`} data-testid={`import-entry-${entry.questionId}`}>
                    <td>
                      <span className={`badge ${entry.status === 'conflict' ? 'warn' : ''}`}>{STATUS_LABELS[entry.status]}</span>
                    </td>
                    <td>
                      {entry.questionText}
                      <small className="muted block">
                        {entry.sheet}, Zeile {entry.row}
                      </small>
                    </td>
                    <td>
                      {describeAnswer(question, entry.before?.value ?? null)}
                      {entry.before && <small className="muted block">{entry.before.source === 'auditor' ? `von ${terms.auditor}` : 'aus früherem Import'}</small>}
                    </td>
                    <td>{describeAnswer(question, entry.after.value)}</td>
                    <td>
                      {entry.status === 'conflict' ? (
                        <label className="radio">
                          <input
                            type="checkbox"
                            checked={chosenConflicts.has(entry.questionId)}
                            onChange={(event) => onToggleConflict(entry.questionId, event.target.checked)}
                            data-testid={`overwrite-${entry.questionId}`}
                          />{' '}
                          Wert der Arbeitsmappe übernehmen
                        </label>
                      ) : (
                        'ja'
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {report.errors.length > 0 && (
        <fieldset className="import-mode" data-testid="import-mode">
          <legend>Umgang mit den fehlerhaften Zeilen</legend>
          <label className="radio">
            <input type="radio" name="import-mode" checked={!skipInvalid} onChange={() => onSkipInvalidChange(false)} data-testid="import-mode-all" /> Alles oder nichts: nichts
            übernehmen, bis die Datei fehlerfrei ist
          </label>
          <label className="radio">
            <input
              type="radio"
              name="import-mode"
              checked={skipInvalid}
              disabled={!report.canSkipInvalid}
              onChange={() => onSkipInvalidChange(true)}
              aria-describedby="import-mode-skip-hint"
              data-testid="import-mode-skip-invalid"
            />{' '}
            {SKIP_INVALID_LABEL}
          </label>
          <p className="muted" id="import-mode-skip-hint">
            {report.canSkipInvalid
              ? `${invalidRows === 1 ? 'Die fehlerhafte Zeile wird' : `Die ${invalidRows} fehlerhaften Zeilen werden`} dann nicht übernommen und im Importprotokoll vermerkt.`
              : 'Nicht möglich: Ein Fehler betrifft ein ganzes Blatt, nicht eine einzelne Zeile.'}
          </p>
        </fieldset>
      )}
    </div>
  );
}
