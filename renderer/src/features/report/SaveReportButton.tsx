import { useState } from 'react';

/**
 * In the desktop app the window prints itself to a PDF file; in the browser the print dialog
 * offers "Als PDF speichern". Both use the report's own page layout and page numbers.
 */
export function SaveReportButton({ title }: { title: string }) {
  const saveReportPdf = window.familienaudit?.saveReportPdf;
  const [message, setMessage] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  async function save(save: NonNullable<typeof saveReportPdf>) {
    setBusy(true);
    setMessage(null);
    try {
      const result = await save(title);
      if (result.saved) setMessage({ kind: 'success', text: `Gespeichert unter ${result.path}` });
      else if (result.error) setMessage({ kind: 'error', text: result.error });
    } catch {
      setMessage({ kind: 'error', text: 'Der Bericht konnte nicht als PDF gespeichert werden.' });
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="report-actions no-print">
      {saveReportPdf ? (
        <button type="button" className="button primary" disabled={busy} onClick={() => void save(saveReportPdf)} data-testid="print-report">
          {busy ? 'PDF wird erstellt …' : 'Als PDF speichern'}
        </button>
      ) : (
        <button type="button" className="button primary" onClick={() => window.print()} data-testid="print-report">
          Drucken / als PDF speichern
        </button>
      )}
      {message && (
        <span className={message.kind === 'error' ? 'error-text' : 'save-status saved'} role={message.kind === 'error' ? 'alert' : 'status'} data-testid="report-pdf-message">
          {message.text}
        </span>
      )}
    </div>
  );
}
