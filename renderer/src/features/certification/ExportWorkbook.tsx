import { useState } from 'react';
import { call, errorMessage } from '../../api/client';
import { downloadBase64, XLSX_MIME } from '../../api/files';
import { svgToPngBlob } from '../scoring/chart-png';

async function chartPngBase64(): Promise<string | null> {
  const svg = document.querySelector('.profile-chart .recharts-wrapper > svg.recharts-surface');
  if (!(svg instanceof SVGSVGElement)) return null;
  const bytes = new Uint8Array(await (await svgToPngBlob(svg)).arrayBuffer());
  let binary = '';
  for (let index = 0; index < bytes.length; index += 0x8000) binary += String.fromCharCode(...bytes.subarray(index, index + 0x8000));
  return btoa(binary);
}

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
          chartPngBase64()
            .then((chart) => call('certification.exportWorkbook', { caseId, chartPngBase64: chart }))
            .then((file) => {
              downloadBase64(file.fileName, file.contentBase64, XLSX_MIME);
              setMessage({ kind: 'success', text: `„${file.fileName}“ wurde erstellt.` });
            })
            .catch((failure: unknown) => setMessage({ kind: 'error', text: errorMessage(failure) }));
        }}
      >
        Gutachten für den Verein exportieren (.xlsx)
      </button>
      {message && <span className={message.kind === 'error' ? 'error-text' : 'save-status saved'}>{message.text}</span>}
    </div>
  );
}
