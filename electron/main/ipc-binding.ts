import { ipcMain } from 'electron';
import type { Dispatch } from '../backend/dispatcher';
import { bindIpc } from './invoke-channel';
import { bindReportPdf, type ReportPdfDeps } from './report-pdf';

/**
 * Registers every IPC channel on Electron's ipcMain: the only file that touches it (lint
 * enforces this). Each channel checks its sender through trusted-sender.ts.
 */
export function bindIpcChannels(deps: { dispatch: Dispatch; isTrustedUrl: (url: string) => boolean; reportPdf: Omit<ReportPdfDeps, 'isTrustedUrl'> }): () => void {
  const unbind = [bindIpc(ipcMain, deps.dispatch, deps.isTrustedUrl), bindReportPdf(ipcMain, { ...deps.reportPdf, isTrustedUrl: deps.isTrustedUrl })];
  return () => unbind.forEach((remove) => remove());
}
