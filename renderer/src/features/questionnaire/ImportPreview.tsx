import type { Question } from '../../../../shared/catalogue/catalogue-schema';
import type { ImportReport } from '../../../../shared/contract';
import { describeAnswer } from '../../../../shared/questionnaire/answer-text';
import { useTerms } from '../cases/use-terms';
import { useQuestionnaireStore } from './questionnaire-store';

const STATUS_LABELS = { new: 'Neu', changed: 'Geändert', unchanged: 'Unverändert', conflict: 'Konflikt' } as const;

interface ImportPreviewProps {
  report: ImportReport;
  questions: Map<string, Question>;
  chosenConflicts: Set<string>;
  onToggleConflict(questionId: string, chosen: boolean): void;
}

export function ImportPreview({ report, questions, chosenConflicts, onToggleConflict }: ImportPreviewProps) {
  const shown = report.entries.filter((entry) => entry.status !== 'unchanged');
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
          <p>Die Arbeitsmappe enthält Fehler. Bitte in der Datei korrigieren und erneut importieren; es wird nichts übernommen.</p>
          <table className="data-table compact">
            <thead>
              <tr>
                <th scope="col">Blatt</th>
                <th scope="col">Zeile</th>
                <th scope="col">Frage</th>
                <th scope="col">Problem</th>
              </tr>
            </thead>
            <tbody>
              {report.errors.map((error, index) => (
                <tr key={`${error.sheet}-${error.row ?? 'x'}-${index}`} data-testid="import-error-row">
                  <td>{error.sheet}</td>
                  <td className="number">{error.row ?? '–'}</td>
                  <td>{error.questionId ? (questions.get(error.questionId)?.text ?? error.questionId) : '–'}</td>
                  <td>{error.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {shown.length > 0 && (
        <div className="import-table-wrap">
          <table className="data-table compact" data-testid="import-entries">
            <thead>
              <tr>
                <th scope="col">Status</th>
                <th scope="col">Frage</th>
                <th scope="col">Bisher</th>
                <th scope="col">Aus der Arbeitsmappe</th>
                <th scope="col">Übernehmen?</th>
              </tr>
            </thead>
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
    </div>
  );
}
