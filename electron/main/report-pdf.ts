import { writeFile } from 'node:fs/promises';
import { IPC_REPORT_PDF_CHANNEL, type ReportPdfResult } from '../../shared/ipc-channels';
import { safeFileStem } from '../../shared/domain/file-names';
import { z } from '../../shared/zod';
import { handleFromTrustedSender, UNTRUSTED_SENDER_MESSAGE, type IpcHandleLike, type IpcInvokeEventLike } from './trusted-sender';

/** The options of Electron's webContents.printToPDF that the report needs. */
export interface ReportPrintOptions {
  pageSize: 'A4';
  printBackground: boolean;
  preferCSSPageSize: boolean;
  generateDocumentOutline: boolean;
  generateTaggedPDF: boolean;
}

export interface ReportPdfEvent extends IpcInvokeEventLike {
  sender: { printToPDF(options: ReportPrintOptions): Promise<Buffer> };
}

export type ReportPdfIpc = IpcHandleLike<ReportPdfEvent, ReportPdfResult>;

export interface ReportPdfDeps {
  isTrustedUrl(url: string): boolean;
  /** Asks where to save; null when the auditor cancels. */
  chooseTarget(event: ReportPdfEvent, suggestedFileName: string): Promise<string | null>;
  write?(path: string, bytes: Buffer): Promise<void>;
}

/** Paging and page numbers come from the report's own @page rules, as in the browser. */
export const REPORT_PRINT_OPTIONS: ReportPrintOptions = {
  pageSize: 'A4',
  printBackground: true,
  preferCSSPageSize: true,
  generateDocumentOutline: true,
  generateTaggedPDF: true,
};

const requestSchema = z.object({ title: z.string().max(300) });

export function reportPdfFileName(title: string): string {
  return `${safeFileStem(title, 'Auditbericht')}.pdf`;
}

/** Registers the report channel: print the sending window's page to a PDF the auditor places. */
export function bindReportPdf(ipc: ReportPdfIpc, deps: ReportPdfDeps): () => void {
  const write = deps.write ?? ((path: string, bytes: Buffer) => writeFile(path, bytes));
  return handleFromTrustedSender(ipc, IPC_REPORT_PDF_CHANNEL, deps.isTrustedUrl, { saved: false, error: UNTRUSTED_SENDER_MESSAGE }, async (event, request): Promise<ReportPdfResult> => {
    const parsed = requestSchema.safeParse(request);
    if (!parsed.success) return { saved: false, error: 'Der Berichtstitel fehlt oder ist ungültig.' };
    const target = await deps.chooseTarget(event, reportPdfFileName(parsed.data.title));
    if (!target) return { saved: false };
    try {
      await write(target, await event.sender.printToPDF(REPORT_PRINT_OPTIONS));
      return { saved: true, path: target };
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return { saved: false, error: `Der Bericht konnte nicht als PDF gespeichert werden (${reason}). Bitte einen anderen Speicherort wählen.` };
    }
  });
}
