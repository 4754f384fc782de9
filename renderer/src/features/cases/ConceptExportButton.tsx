import { useState } from 'react';
import type { CaseDetail } from '../../../../shared/contract';
import { call, errorMessage } from '../../api/client';
import { downloadBase64, DOCX_MIME } from '../../api/files';

/** "Strategiekonzept (Word)" or "Handlungskonzept (Word)": the council's document from the case, a new version each time. */
export function ConceptExportButton({ detail, onError }: { detail: CaseDetail; onError(message: string): void }) {
  const [busy, setBusy] = useState(false);
  return (
    <button
      type="button"
      className="button secondary"
      data-testid="export-concept"
      disabled={busy}
      aria-busy={busy}
      onClick={() => {
        setBusy(true);
        call('concept.export', { caseId: detail.id })
          .then((file) => downloadBase64(file.fileName, file.contentBase64, DOCX_MIME))
          .catch((error: unknown) => onError(errorMessage(error)))
          .finally(() => setBusy(false));
      }}
    >
      {busy ? `${detail.conceptName} wird erstellt …` : `${detail.conceptName} (Word)`}
    </button>
  );
}
