import { contextBridge, ipcRenderer } from 'electron';
import { IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL, IPC_REPORT_PDF_CHANNEL, type ReportPdfResult } from '../../shared/ipc-channels';

/** The renderer gets exactly these functions; no Electron or Node object crosses the bridge. */
contextBridge.exposeInMainWorld('familienaudit', {
  invoke: (method: string, input: unknown, origin?: string): Promise<unknown> => ipcRenderer.invoke(IPC_INVOKE_CHANNEL, method, input, origin),
  saveReportPdf: (title: string): Promise<ReportPdfResult> => ipcRenderer.invoke(IPC_REPORT_PDF_CHANNEL, { title }) as Promise<ReportPdfResult>,
  on: (event: string, listener: (payload: unknown) => void): (() => void) => {
    const handler = (_: unknown, name: string, payload: unknown) => {
      if (name === event) listener(payload);
    };
    ipcRenderer.on(IPC_EVENT_CHANNEL, handler);
    return () => {
      ipcRenderer.removeListener(IPC_EVENT_CHANNEL, handler);
    };
  },
});
