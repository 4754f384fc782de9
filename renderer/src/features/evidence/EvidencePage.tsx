import { useMemo, useState } from 'react';
import { useParams } from 'react-router';
import type { EvidenceDocument } from '../../../../shared/contract/evidence';
import { formatGermanDate } from '../../../../shared/domain/dates';
import { parseGermanDate } from '../../../../shared/domain/german-dates';
import { DOCUMENT_TYPES, DOCUMENT_TYPE_KEYS, type DocumentType } from '../../../../shared/evidence/document-types';
import { call, errorMessage } from '../../api/client';
import { downloadBase64, fileToBase64 } from '../../api/files';
import { useCaseData } from '../../api/use-case-data';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { DataPending } from '../../components/DataPending';
import { DateInput } from '../../components/DateInput';
import { FileDrop } from '../../components/FileDrop';
import { FilterSelect } from '../../components/FilterSelect';
import { Page } from '../../components/Page';
import { TableHead } from '../../components/TableHead';
import { formatFileSize } from '../../../../shared/domain/file-size';
import { formatTimestamp } from '../../format/labels';
import { useEvidenceStore } from './evidence-store';

const EVIDENCE_AREAS = ['evidence'] as const;
const ACCEPT = '.pdf,.docx,.xlsx,.odt,.ods,.png,.jpg,.jpeg,.txt';
const placeKind = (place: string) => place.split(':')[0] ?? place;

/** The case's documents: every Nachweis with its places, added by file picker or drop, opened by the system, removed with confirmation. */
export function EvidencePage() {
  const { id = '' } = useParams();
  const { data, error } = useCaseData(useEvidenceStore, id, EVIDENCE_AREAS);
  const submit = useEvidenceStore((state) => state.submit);
  const change = useEvidenceStore((state) => state.change);
  const [title, setTitle] = useState('');
  const [date, setDate] = useState('');
  const [message, setMessage] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [removing, setRemoving] = useState<EvidenceDocument | null>(null);
  const [placeFilter, setPlaceFilter] = useState<string | undefined>();
  const [typeFilter, setTypeFilter] = useState<DocumentType | undefined>();

  const placeOptions = useMemo(() => {
    const labels = new Map<string, string>();
    for (const document of data?.documents ?? []) for (const place of document.places) labels.set(placeKind(place.place), place.label.replace(/ .*$/, ''));
    return [...labels].map(([value, label]) => ({ value, label }));
  }, [data]);
  if (!data) return <DataPending error={error} />;
  const shown = data.documents.filter((document) => (!typeFilter || document.type === typeFilter) && (!placeFilter || document.places.some((place) => placeKind(place.place) === placeFilter)));

  async function add(file: File) {
    const parsedDate = parseGermanDate(date);
    if (!parsedDate.ok) return setMessage({ kind: 'error', text: parsedDate.message });
    setBusy(true);
    setMessage(null);
    try {
      const contentBase64 = await fileToBase64(file);
      const saved = await submit(() => call('evidence.add', { caseId: id, fileName: file.name, contentBase64, title, documentDate: parsedDate.value, places: ['case'] }));
      const document = saved.documents.find((candidate) => candidate.id === saved.savedId);
      setTitle('');
      setDate('');
      setMessage({ kind: 'success', text: `„${document?.title ?? file.name}“ wurde beigefügt.` });
    } catch (failure) {
      setMessage({ kind: 'error', text: `„${file.name}“ wurde nicht beigefügt: ${errorMessage(failure)}` });
    } finally {
      setBusy(false);
    }
  }

  function open(document: EvidenceDocument) {
    setMessage(null);
    call('evidence.read', { documentId: document.id })
      .then((file) => downloadBase64(file.fileName, file.contentBase64, DOCUMENT_TYPES[document.type].mediaType))
      .catch((failure: unknown) => setMessage({ kind: 'error', text: errorMessage(failure) }));
  }

  return (
    <Page title="Nachweise">
      <p className="subtitle" data-testid="evidence-totals">
        {data.documents.length === 1 ? '1 Dokument' : `${data.documents.length} Dokumente`} · {formatFileSize(data.totalBytes)} von {data.limits.caseMb} MB
      </p>
      <section className="card" aria-labelledby="evidence-add-title">
        <h2 id="evidence-add-title">Dokument beifügen</h2>
        <div className="grid two">
          <label className="field">
            <span>Titel (sonst der Dateiname)</span>
            <input value={title} maxLength={300} onChange={(event) => setTitle(event.target.value)} data-testid="evidence-title" />
          </label>
          <label className="field">
            <span>Dokumentdatum</span>
            <DateInput value={date} onChange={(event) => setDate(event.target.value)} data-testid="evidence-date" />
          </label>
        </div>
        <FileDrop
          accept={ACCEPT}
          label="Datei wählen …"
          hint={`oder hierher ziehen · PDF, DOCX, XLSX, ODT, ODS, PNG, JPEG oder Text, höchstens ${data.limits.fileMb} MB`}
          testId="evidence-file"
          disabled={busy}
          onFile={(file) => void add(file)}
        />
        {busy && (
          <p className="muted" role="status" data-testid="evidence-busy">
            Wird geprüft und gespeichert …
          </p>
        )}
        {message && (
          <p className={message.kind === 'error' ? 'alert error' : 'save-status saved'} role={message.kind === 'error' ? 'alert' : 'status'} data-testid="evidence-message">
            {message.text}
          </p>
        )}
      </section>
      <div className="toolbar filters">
        <FilterSelect label="Beigefügt an" testId="evidence-filter-place" value={placeFilter} options={placeOptions} allLabel="Alle" onChange={setPlaceFilter} />
        <FilterSelect<DocumentType> label="Art" testId="evidence-filter-type" value={typeFilter} options={DOCUMENT_TYPE_KEYS.map((key) => ({ value: key, label: DOCUMENT_TYPES[key].label }))} allLabel="Alle" onChange={setTypeFilter} />
      </div>
      {data.documents.length === 0 ? (
        <p className="muted" data-testid="evidence-empty">
          Noch keine Nachweise.
        </p>
      ) : (
        <table className="data-table" data-testid="evidence-table">
          <TableHead columns={['Titel', 'Dokumentdatum', 'Art', 'Größe', 'Beigefügt an', 'Hinzugefügt', '']} />
          <tbody>
            {shown.map((document) => (
              <tr key={document.id} data-testid="evidence-row">
                <td>
                  <span className="entry-subject">{document.title}</span>
                  <span className="entry-origin">{document.fileName}</span>
                </td>
                <td className="nowrap">{document.documentDate ? formatGermanDate(document.documentDate) : '–'}</td>
                <td>{document.typeLabel}</td>
                <td className="nowrap">{formatFileSize(document.size)}</td>
                <td>{document.places.map((place) => place.label).join(', ')}</td>
                <td>
                  {document.addedBy}
                  <span className="entry-origin">{formatTimestamp(document.addedAt)}</span>
                </td>
                <td className="nowrap">
                  <button type="button" className="button secondary" onClick={() => open(document)} aria-label={`„${document.title}“ öffnen`} data-testid="evidence-open">
                    Öffnen
                  </button>{' '}
                  <button type="button" className="button secondary" onClick={() => setRemoving(document)} aria-label={`„${document.title}“ entfernen`} data-testid="evidence-remove">
                    Entfernen
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <ConfirmDialog
        open={removing !== null}
        title="Nachweis entfernen?"
        message={removing ? `„${removing.title}“ wird von allen Stellen entfernt. Das Änderungsprotokoll behält Titel und Prüfsumme.` : ''}
        confirmLabel="Entfernen"
        testIdPrefix="evidence-remove"
        onCancel={() => setRemoving(null)}
        onConfirm={() => {
          const document = removing;
          setRemoving(null);
          if (document) void change('evidence.remove', { documentId: document.id }).catch((failure: unknown) => setMessage({ kind: 'error', text: errorMessage(failure) }));
        }}
      />
    </Page>
  );
}
