/** The IPC channels between the preload and the main process. */
export const IPC_INVOKE_CHANNEL = 'familienaudit:invoke';
export const IPC_EVENT_CHANNEL = 'familienaudit:event';
/** Window-level work the backend cannot do: printing the shown report to a PDF file. */
export const IPC_REPORT_PDF_CHANNEL = 'familienaudit:report-pdf';

export type ReportPdfResult = { saved: true; path: string } | { saved: false; error?: string };

/** How the loopback transport names the calling window (the IPC transport passes it as an argument). */
export const ORIGIN_HEADER = 'x-familienaudit-origin';
