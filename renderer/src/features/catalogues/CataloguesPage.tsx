import { useState } from 'react';
import { ApiCallError, call, errorMessage } from '../../api/client';
import { FileDrop } from '../../components/FileDrop';
import { formatTimestamp } from '../../format/labels';
import { useCatalogues } from './use-catalogues';
import { TableHead } from '../../components/TableHead';
import { Page } from '../../components/Page';

type ImportOutcome = { kind: 'done'; message: string } | { kind: 'refused'; message: string; problems: string[] };

const MAX_BYTES = 5_000_000;

export function CataloguesPage() {
  const { catalogues, reload } = useCatalogues();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);

  async function importFile(file: File) {
    setOutcome(null);
    if (file.size > MAX_BYTES) {
      setOutcome({ kind: 'refused', message: `„${file.name}“ ist größer als 5 MB und ist sicher keine Katalogdatei.`, problems: [] });
      return;
    }
    setBusy(true);
    try {
      const result = await call('catalogues.import', { content: await file.text() });
      const { name, version } = result.catalogue;
      setOutcome({
        kind: 'done',
        message:
          result.status === 'installed'
            ? `„${name}“ Version ${version} wurde installiert. Neue Auditfälle verwenden diese Version; bestehende behalten ihre.`
            : `„${name}“ Version ${version} ist bereits installiert und unverändert.`,
      });
      reload();
    } catch (error) {
      const problems = error instanceof ApiCallError ? (error.error.issues ?? []).map((issue) => issue.message) : [];
      setOutcome({ kind: 'refused', message: problems.length > 0 ? `„${file.name}“ wurde nicht installiert:` : errorMessage(error), problems });
    } finally {
      setBusy(false);
    }
  }

  return (
    <Page title="Kataloge">
      <p className="muted">
        Ein Katalog beschreibt ein Verfahren: Felder, Module, Phasen, Fragebogen und Kriterien. Jeder Auditfall bleibt bei der Katalogversion,
        mit der er begonnen wurde.
      </p>
      <div className="card">
        <h2>Katalog importieren</h2>
        <FileDrop
          accept=".json,application/json"
          label="Katalogdatei wählen …"
          hint="oder eine JSON-Datei hierher ziehen"
          testId="catalogue-file"
          disabled={busy}
          onFile={(file) => void importFile(file)}
        />
        {outcome?.kind === 'done' && (
          <p className="alert success" role="status" data-testid="catalogue-import-result">
            {outcome.message}
          </p>
        )}
        {outcome?.kind === 'refused' && (
          <div className="alert error" role="alert" data-testid="catalogue-import-error">
            <p>{outcome.message}</p>
            {outcome.problems.length > 0 && (
              <ul>
                {outcome.problems.map((problem) => (
                  <li key={problem}>{problem}</li>
                ))}
              </ul>
            )}
          </div>
        )}
      </div>
      <table className="data-table" data-testid="catalogue-table">
        <TableHead columns={['Katalog', 'Version', 'Felder', 'Module', 'Fragen', 'Herkunft', 'Installiert']} />
        <tbody>
          {catalogues.map((catalogue) => (
            <tr key={`${catalogue.id}@${catalogue.version}`} data-testid="catalogue-row">
              <td>
                {catalogue.name}
                <small className="muted block">{catalogue.id}</small>
              </td>
              <td className="number">
                {catalogue.version}
                {catalogue.isLatest && <span className="badge current">aktuell</span>}
              </td>
              <td className="number">{catalogue.fieldCount}</td>
              <td className="number">{catalogue.modules.length}</td>
              <td className="number">{catalogue.questionCount}</td>
              <td>{catalogue.source === 'bundled' ? 'mitgeliefert' : 'importiert'}</td>
              <td>{formatTimestamp(catalogue.installedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Page>
  );
}
