import { useState } from 'react';
import { call, errorMessage } from '../../api/client';
import { downloadBase64, XLSX_MIME } from '../../api/files';
import { useTerms } from '../cases/use-terms';

/** Writes the assessment workbook for the association, with the profile chart on its cover. */
export function ExportWorkbook({ caseId }: { caseId: string }) {
  const [message, setMessage] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);
  return (
    <div className="form-actions">
      <button
        type="button"
        className="button secondary"
        data-testid="export-assessment"
        onClick={() => {
          setMessage(null);
          call('certification.exportWorkbook', { caseId })
            .then((file) => {
              downloadBase64(file.fileName, file.contentBase64, XLSX_MIME);
              setMessage({ kind: 'success', text: `„${file.fileName}“ wurde erstellt.` });
            })
            .catch((failure: unknown) => setMessage({ kind: 'error', text: errorMessage(failure) }));
        }}
      >
        {useTerms(caseId).assessmentWorkbook} exportieren (.xlsx)
      </button>
      {message && <span className={message.kind === 'error' ? 'error-text' : 'save-status saved'}>{message.text}</span>}
    </div>
  );
}
