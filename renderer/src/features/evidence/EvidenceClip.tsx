import { useId, useState } from 'react';
import { DOCUMENT_TYPES } from '../../../../shared/evidence/document-types';
import { call, errorMessage } from '../../api/client';
import { downloadBase64, fileToBase64 } from '../../api/files';
import { FileDrop } from '../../components/FileDrop';
import { useEvidenceStore } from './evidence-store';

const ACCEPT = '.pdf,.docx,.xlsx,.odt,.ods,.png,.jpg,.jpeg,.txt';

/**
 * The paperclip at a place a document can be attached to (a measure, an event, a criterion …):
 * how many there are, and on opening the list and a file picker that also takes a dropped file.
 * The page loads the case's documents once (useCaseData with useEvidenceStore); every clip reads them.
 */
export function EvidenceClip({ caseId, place, label, editable = true }: { caseId: string; place: string; label: string; editable?: boolean }) {
  const data = useEvidenceStore((state) => (state.data?.caseId === caseId ? state.data : null));
  const submit = useEvidenceStore((state) => state.submit);
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const panelId = useId();
  const documents = data?.documents.filter((document) => document.places.some((entry) => entry.place === place)) ?? [];

  async function add(file: File) {
    setMessage(null);
    try {
      const contentBase64 = await fileToBase64(file);
      await submit(() => call('evidence.add', { caseId, fileName: file.name, contentBase64, places: [place] }));
    } catch (failure) {
      setMessage(`„${file.name}“ wurde nicht beigefügt: ${errorMessage(failure)}`);
    }
  }

  return (
    <span className="evidence-clip" data-testid={`evidence-clip-${place}`}>
      <button
        type="button"
        className="icon-button"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={`Nachweise zu ${label}: ${documents.length}`}
        title="Nachweise"
        onClick={() => setOpen(!open)}
        data-testid="evidence-clip-toggle"
      >
        <svg className="clip-icon" viewBox="0 0 24 24" width="14" height="14" aria-hidden="true" focusable="false">
          <path d="M16.5 6.5v10a4.5 4.5 0 0 1-9 0V5a3 3 0 0 1 6 0v10.5a1.5 1.5 0 0 1-3 0V6.5" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
        </svg>{' '}
        <span data-testid="evidence-clip-count">{documents.length}</span>
      </button>
      {open && (
        <span className="evidence-clip-panel" id={panelId} role="group" aria-label={`Nachweise zu ${label}`}>
          {documents.length === 0 ? (
            <span className="muted small">Noch keine Nachweise.</span>
          ) : (
            <ul className="plain-list">
              {documents.map((document) => (
                <li key={document.id}>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() =>
                      void call('evidence.read', { documentId: document.id })
                        .then((file) => downloadBase64(file.fileName, file.contentBase64, DOCUMENT_TYPES[document.type].mediaType))
                        .catch((failure: unknown) => setMessage(errorMessage(failure)))
                    }
                  >
                    {document.title}
                  </button>{' '}
                  <span className="muted small">{document.typeLabel}</span>
                </li>
              ))}
            </ul>
          )}
          {editable && <FileDrop accept={ACCEPT} label="Datei beifügen …" hint="oder hierher ziehen" testId="evidence-clip-file" onFile={(file) => void add(file)} />}
          {message && (
            <span className="error-text" role="alert">
              {message}
            </span>
          )}
        </span>
      )}
    </span>
  );
}
