import { useMemo, useState } from 'react';
import type { Question } from '../../../../shared/catalogue/catalogue-schema';
import type { ImportProblem, ImportReport, Questionnaire } from '../../../../shared/contract';
import { call, errorMessage } from '../../api/client';
import { downloadBase64, fileToBase64, XLSX_MIME } from '../../api/files';
import { FileDrop } from '../../components/FileDrop';
import { ImportPreview, ProblemTable, rowsWithProblems, SKIP_INVALID_LABEL } from './ImportPreview';
import { useQuestionnaireStore } from './questionnaire-store';
import { countOf } from '../../../../shared/domain/german-plural';

type Pending = { fileName: string; contentBase64: string; report: ImportReport };

const MAX_BYTES = 20 * 1024 * 1024;

/** The Excel round trip with the Rathaus: export the fill-in workbook, import it back after a preview. */
export function ExcelExchange({ data }: { data: Questionnaire }) {
  const load = useQuestionnaireStore((state) => state.load);
  const [busy, setBusy] = useState<string | null>(null);
  const [message, setMessage] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [skipInvalid, setSkipInvalid] = useState(false);
  /** The rows the last applied import left out, listed until the next file. */
  const [skipped, setSkipped] = useState<{ fileName: string; rows: ImportProblem[] } | null>(null);
  const questions = useMemo(
    () => new Map<string, Question>(data.catalogue.sections.flatMap((section) => section.questions.map((question) => [question.id, question]))),
    [data.catalogue.sections],
  );

  async function exportTemplate() {
    setBusy('Vorlage wird erstellt …');
    setMessage(null);
    try {
      const file = await call('questionnaire.exportTemplate', { caseId: data.caseId });
      downloadBase64(file.fileName, file.contentBase64, XLSX_MIME);
      setMessage({ kind: 'success', text: `„${file.fileName}“ wurde erstellt.` });
    } catch (error) {
      setMessage({ kind: 'error', text: errorMessage(error) });
    } finally {
      setBusy(null);
    }
  }

  async function preview(file: File) {
    setMessage(null);
    setPending(null);
    setSkipped(null);
    if (file.size > MAX_BYTES) {
      setMessage({ kind: 'error', text: `„${file.name}“ ist größer als 20 MB und wird nicht geöffnet.` });
      return;
    }
    setBusy('Arbeitsmappe wird geprüft …');
    try {
      const contentBase64 = await fileToBase64(file);
      const report = await call('questionnaire.previewImport', { caseId: data.caseId, fileName: file.name, contentBase64 });
      if (report.refusal) setMessage({ kind: 'error', text: `„${file.name}“ wurde nicht übernommen: ${report.refusal}` });
      else setPending({ fileName: file.name, contentBase64, report });
      setChosen(new Set());
      setSkipInvalid(false);
    } catch (error) {
      setMessage({ kind: 'error', text: errorMessage(error) });
    } finally {
      setBusy(null);
    }
  }

  async function apply() {
    if (!pending) return;
    setBusy('Antworten werden übernommen; vorher wird die Datenbank gesichert …');
    try {
      const result = await call('questionnaire.applyImport', {
        caseId: data.caseId,
        fileName: pending.fileName,
        contentBase64: pending.contentBase64,
        overwrite: [...chosen],
        skipInvalid,
      });
      if (!result.written) {
        setMessage({ kind: 'error', text: result.refusal ?? 'Die Arbeitsmappe enthält Fehler; es wurde nichts übernommen.' });
        setPending({ ...pending, report: result });
        return;
      }
      setPending(null);
      const keptConflicts = result.skippedConflicts.length > 0 ? ` ${countOf(result.skippedConflicts.length, 'Konflikt behält', 'Konflikte behalten')} die bisherige Antwort.` : '';
      const invalidRows = rowsWithProblems(result.skippedRows);
      const skippedRows = invalidRows > 0 ? ` ${countOf(invalidRows, 'fehlerhafte Zeile wurde', 'fehlerhafte Zeilen wurden')} übersprungen.` : '';
      setMessage({ kind: 'success', text: `${countOf(result.applied, 'Antwort', 'Antworten')} aus „${pending.fileName}“ übernommen.${keptConflicts}${skippedRows}` });
      setSkipped(result.skippedRows.length > 0 ? { fileName: pending.fileName, rows: result.skippedRows } : null);
      await load(data.caseId);
    } catch (error) {
      setMessage({ kind: 'error', text: errorMessage(error) });
    } finally {
      setBusy(null);
    }
  }

  const errors = pending?.report.errors ?? [];
  const blocked = errors.length > 0 && !(skipInvalid && pending?.report.canSkipInvalid === true);
  const blockedReason = !blocked
    ? null
    : pending?.report.canSkipInvalid
      ? `„Übernehmen“ ist gesperrt, weil die Arbeitsmappe ${countOf(rowsWithProblems(errors), 'fehlerhafte Zeile', 'fehlerhafte Zeilen')} enthält und „Alles oder nichts“ gewählt ist. Korrigieren Sie die Datei und importieren Sie sie erneut, oder wählen Sie oben „${SKIP_INVALID_LABEL}“.`
      : '„Übernehmen“ ist gesperrt, weil ein Fehler ein ganzes Blatt betrifft. Bitte die Datei korrigieren und erneut importieren.';
  return (
    <section className="card excel-exchange" aria-labelledby="excel-title" data-testid="excel-exchange">
      <h2 id="excel-title">Excel-Austausch mit dem Rathaus</h2>
      <div className="exchange-actions">
        <button type="button" className="button secondary" onClick={() => void exportTemplate()} disabled={busy !== null || !data.editable} data-testid="export-template">
          Vorlage exportieren (.xlsx)
        </button>
        <FileDrop
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          label="Ausgefüllte Arbeitsmappe importieren …"
          hint="oder hierher ziehen – vor dem Übernehmen sehen Sie eine Vorschau"
          testId="import-file"
          disabled={busy !== null || !data.editable}
          onFile={(file) => void preview(file)}
        />
      </div>
      {busy && (
        <p className="muted" role="status" data-testid="exchange-busy">
          {busy}
        </p>
      )}
      {message && (
        <p className={`alert ${message.kind}`} role={message.kind === 'error' ? 'alert' : 'status'} data-testid="exchange-message">
          {message.text}
        </p>
      )}
      {skipped && (
        <div className="skipped-rows" data-testid="skipped-rows">
          <h3>Übersprungene Zeilen aus {skipped.fileName}</h3>
          <p className="muted">Diese Zeilen wurden nicht übernommen; das Importprotokoll verzeichnet sie. Korrigierte Werte können Sie mit einer neuen Arbeitsmappe oder direkt im Fragebogen eintragen.</p>
          <ProblemTable problems={skipped.rows} reasonTitle="Grund" rowTestId="skipped-row" />
        </div>
      )}
      {pending && (
        <>
          <h3>Vorschau: {pending.fileName}</h3>
          <ImportPreview
            report={pending.report}
            questions={questions}
            chosenConflicts={chosen}
            onToggleConflict={(questionId, on) => {
              const next = new Set(chosen);
              if (on) next.add(questionId);
              else next.delete(questionId);
              setChosen(next);
            }}
            skipInvalid={skipInvalid}
            onSkipInvalidChange={setSkipInvalid}
          />
          {blockedReason && (
            <p className="alert warning" id="apply-import-blocked" data-testid="apply-import-blocked">
              {blockedReason}
            </p>
          )}
          <div className="form-actions">
            <button
              type="button"
              className="button primary"
              onClick={() => void apply()}
              disabled={busy !== null || blocked}
              aria-describedby={blockedReason ? 'apply-import-blocked' : undefined}
              data-testid="apply-import"
            >
              {skipInvalid && errors.length > 0 ? 'Gültige Zeilen übernehmen' : 'Übernehmen'}
            </button>
            <button type="button" className="button secondary" onClick={() => setPending(null)} data-testid="discard-import">
              Verwerfen
            </button>
          </div>
        </>
      )}
    </section>
  );
}
