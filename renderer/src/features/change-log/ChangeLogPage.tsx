import { useCallback, useEffect, useState } from 'react';
import { useParams } from 'react-router';
import { OPERATION_LABELS } from '../../../../shared/change-log/change-entry';
import type { ChangeEntry } from '../../../../shared/contract';
import { call, errorMessage } from '../../api/client';
import { formatTimestamp } from '../../format/labels';
import { TableHead } from '../../components/TableHead';
import { Page } from '../../components/Page';

// One screenful and a little more: the page draws at once even for a case with a long history.
const PAGE_SIZE = 50;

/** The case's append-only history: who changed what, when, from which value to which. */
export function ChangeLogPage() {
  const { id = '' } = useParams();
  const [entries, setEntries] = useState<ChangeEntry[]>([]);
  const [next, setNext] = useState<number | null | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);

  const loadPage = useCallback(
    (beforeSeq?: number) => {
      call('changeLog.caseLog', { caseId: id, limit: PAGE_SIZE, ...(beforeSeq ? { beforeSeq } : {}) })
        .then((page) => {
          setEntries((current) => (beforeSeq ? [...current, ...page.entries] : page.entries));
          setNext(page.nextBeforeSeq);
        })
        .catch((failure: unknown) => setError(errorMessage(failure)));
    },
    [id],
  );

  useEffect(() => {
    loadPage();
  }, [loadPage]);

  return (
    <Page title="Änderungsprotokoll">
      <p className="muted">Jede Änderung an den Daten dieses Auditfalls wird hier festgehalten. Einträge können weder geändert noch gelöscht werden.</p>
      {error && (
        <p className="alert error" role="alert">
          {error}
        </p>
      )}
      {next === undefined && !error && <p className="loading">Lädt …</p>}
      {next !== undefined && entries.length === 0 && <p className="muted">Noch keine Einträge.</p>}
      {entries.length > 0 && (
        <table className="data-table change-log" data-testid="change-log">
          <TableHead columns={['Zeitpunkt', 'Person', 'Bereich', 'Vorgang', 'Änderung']} />
          <tbody>
            {entries.map((entry) => (
              <tr key={entry.seq} data-testid="change-entry">
                <td className="nowrap">{formatTimestamp(entry.changedAt)}</td>
                <td>
                  {entry.user}
                  {entry.origin && (
                    <span className="entry-origin" data-testid="entry-origin">
                      übernommen aus {entry.origin}
                    </span>
                  )}
                </td>
                <td>
                  {entry.tableLabel}
                  {entry.subject && (
                    <span className="entry-subject" data-testid="entry-subject">
                      {entry.subject}
                    </span>
                  )}
                </td>
                <td>{OPERATION_LABELS[entry.operation]}</td>
                <td>
                  {!entry.readable && (
                    <p className="muted" data-testid="entry-unreadable">
                      Dieser Eintrag ist nicht lesbar; seine gespeicherten Werte sind beschädigt.
                    </p>
                  )}
                  <dl className="changes">
                    {entry.changes.map((change) => (
                      <div key={change.field}>
                        <dt>{change.label}</dt>
                        <dd>
                          {entry.operation === 'update' ? (
                            <>
                              <span className="before">{change.before}</span> → <span className="after">{change.after}</span>
                            </>
                          ) : entry.operation === 'insert' ? (
                            change.after
                          ) : (
                            change.before
                          )}
                        </dd>
                      </div>
                    ))}
                  </dl>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {next !== null && next !== undefined && (
        <div className="form-actions">
          <button type="button" className="button secondary" onClick={() => loadPage(next)} data-testid="load-older">
            Ältere Einträge laden
          </button>
        </div>
      )}
    </Page>
  );
}
