import type { Result } from '../../../shared/contract/result';
import type { ReportPdfResult } from '../../../shared/ipc-channels';

/** What the preload exposes on window, and nothing more. */
export interface FamilienauditBridge {
  /** `origin` names the calling window; the backend's change events carry it back. */
  invoke(method: string, input: unknown, origin?: string): Promise<Result<unknown>>;
  on(event: string, listener: (payload: unknown) => void): () => void;
  /** Only in the desktop app: prints the shown report to a PDF file the auditor chooses. */
  saveReportPdf?(title: string): Promise<ReportPdfResult>;
}

declare global {
  interface Window {
    familienaudit?: FamilienauditBridge;
  }
}
