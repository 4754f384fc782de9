import { useState } from 'react';
import type { IdeaImportPreview, IdeaStore } from '../../../../shared/contract';
import { countOf } from '../../../../shared/domain/german-plural';
import { call, errorMessage } from '../../api/client';
import { fileToBase64 } from '../../api/files';
import { FileDrop } from '../../components/FileDrop';
import { FormField } from '../../components/FormField';
import { useIdeasStore } from './ideas-store';

type ColumnMap = NonNullable<IdeaImportPreview['map']>;
type Pending = { fileName: string; contentBase64: string; preview: IdeaImportPreview; eventId: string | null };

const COLUMNS: readonly [keyof ColumnMap, string, boolean][] = [
  ['text', 'Text der Idee *', true],
  ['field', 'Feld *', true],
  ['group', 'Gruppe', false],
  ['votes', 'Punkte', false],
];

const describeFile = (preview: IdeaImportPreview) =>
  preview.format === 'xlsx' ? 'Excel-Arbeitsmappe, erstes Blatt' : `CSV, ${preview.encoding ?? ''}, Trennzeichen „${preview.separator ?? ''}“`;

/** Contributions collected elsewhere as a table: the auditor maps the columns, sees each problem by row, and imports all or nothing. */
export function IdeaImport({ data }: { data: IdeaStore }) {
  const submit = useIdeasStore((state) => state.submit);
  const [pending, setPending] = useState<Pending | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);

  const preview = async (next: Omit<Pending, 'preview'>, map: ColumnMap | null) => {
    setBusy(true);
    setMessage(null);
    try {
      setPending({ ...next, preview: await call('participation.previewIdeaImport', { caseId: data.caseId, fileName: next.fileName, contentBase64: next.contentBase64, map, eventId: next.eventId }) });
    } catch (error) {
      setMessage({ kind: 'error', text: errorMessage(error) });
    } finally {
      setBusy(false);
    }
  };

  const choose = async (file: File) => preview({ fileName: file.name, contentBase64: await fileToBase64(file), eventId: null }, null);

  const apply = async () => {
    const map = pending?.preview.map;
    if (!pending || !map) return;
    setBusy(true);
    try {
      const result = await submit(() => call('participation.applyIdeaImport', { caseId: data.caseId, fileName: pending.fileName, contentBase64: pending.contentBase64, map, eventId: pending.eventId }));
      setPending(null);
      setMessage({ kind: 'success', text: `${countOf(result.imported, 'Idee', 'Ideen')} aus „${pending.fileName}“ übernommen.` });
    } catch (error) {
      setMessage({ kind: 'error', text: errorMessage(error) });
    } finally {
      setBusy(false);
    }
  };

  const shown = pending?.preview;
  const map: ColumnMap = shown?.map ?? { text: '', field: '' };
  const remap = (key: keyof ColumnMap, header: string) => {
    if (!pending) return;
    void preview(pending, { ...map, [key]: header || undefined } as ColumnMap);
  };

  return (
    <div className="idea-import" data-testid="idea-import">
      <FileDrop
        accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        label="Beiträge aus einer Tabelle einlesen …"
        hint="CSV oder Excel, z. B. die Antworten einer Online-Umfrage – vor dem Übernehmen sehen Sie eine Vorschau"
        testId="idea-import-file"
        disabled={busy || data.lockReason !== null}
        onFile={(file) => void choose(file)}
      />
      {message && (
        <p className={message.kind === 'error' ? 'alert error' : 'alert success'} role={message.kind === 'error' ? 'alert' : 'status'} data-testid="idea-import-message">
          {message.text}
        </p>
      )}
      {shown && pending && (
        <div className="card import-preview" data-testid="idea-import-preview">
          <h3>Vorschau: „{shown.fileName}“</h3>
          {shown.refusal ? (
            <p className="alert error" role="alert">
              {shown.refusal}
            </p>
          ) : (
            <>
              <p className="muted">
                {describeFile(shown)} · {countOf(shown.rowCount, 'Zeile', 'Zeilen')}
              </p>
              <div className="form-grid">
                {COLUMNS.map(([key, label, required]) => (
                  <FormField key={key} label={label}>
                    <select value={map[key] ?? ''} onChange={(event) => remap(key, event.target.value)} disabled={busy} data-testid={`idea-map-${key}`}>
                      <option value="">{required ? '– bitte wählen –' : '– keine –'}</option>
                      {shown.headers.filter(Boolean).map((header) => (
                        <option key={header} value={header}>
                          {header}
                        </option>
                      ))}
                    </select>
                  </FormField>
                ))}
                <FormField label="Aus der Veranstaltung">
                  <select value={pending.eventId ?? ''} onChange={(event) => void preview({ ...pending, eventId: event.target.value || null }, shown.map)} disabled={busy} data-testid="idea-import-event">
                    <option value="">– keine –</option>
                    {data.events.map((event) => (
                      <option key={event.id} value={event.id}>
                        {event.label}
                      </option>
                    ))}
                  </select>
                </FormField>
              </div>
              <div className="import-table-wrap">
                <table className="data-table compact" aria-label="Erste Zeilen der Tabelle" data-testid="idea-import-sample">
                  <thead>
                    <tr>
                      {shown.headers.map((header, index) => (
                        <th key={index} scope="col">
                          {header || `Spalte ${index + 1}`}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {shown.sample.map((row, index) => (
                      <tr key={index}>
                        {shown.headers.map((_, column) => (
                          <td key={column}>{row[column] ?? ''}</td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <p data-testid="idea-import-count">
                {countOf(shown.ideaCount, 'Idee', 'Ideen')} lesbar
                {shown.problemCount > 0 ? `, ${countOf(shown.problemCount, 'Problem', 'Probleme')} – so wird nichts übernommen.` : '.'}
              </p>
              {shown.problems.length > 0 && (
                <table className="data-table compact" data-testid="idea-import-problems">
                  <thead>
                    <tr>
                      <th scope="col">Zeile</th>
                      <th scope="col">Spalte</th>
                      <th scope="col">Wert</th>
                      <th scope="col">Problem</th>
                    </tr>
                  </thead>
                  <tbody>
                    {shown.problems.map((problem, index) => (
                      <tr key={index}>
                        <td>{problem.row ?? '–'}</td>
                        <td>{problem.column ?? '–'}</td>
                        <td>{problem.value ?? '–'}</td>
                        <td>{problem.message}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </>
          )}
          <div className="form-actions">
            <button type="button" className="button primary" disabled={busy || shown.refusal !== null || shown.problemCount > 0 || shown.ideaCount === 0} onClick={() => void apply()} data-testid="idea-import-apply">
              Alle {countOf(shown.ideaCount, 'Idee', 'Ideen')} übernehmen
            </button>
            <button type="button" className="button secondary" onClick={() => setPending(null)} disabled={busy}>
              Abbrechen
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
