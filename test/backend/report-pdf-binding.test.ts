import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bindReportPdf, REPORT_PRINT_OPTIONS, reportPdfFileName, type ReportPdfEvent, type ReportPdfIpc, type ReportPrintOptions } from '../../electron/main/report-pdf';
import { IPC_REPORT_PDF_CHANNEL, type ReportPdfResult } from '../../shared/ipc-channels';
import { tempDir } from '../helpers/temp-dir';

const rendererUrl = 'file:///opt/Familienaudit/resources/app.asar/out/renderer/index.html';
const PDF = Buffer.from('%PDF-1.7 test');

function setup(target: string | null) {
  const handlers = new Map<string, (event: ReportPdfEvent, ...args: unknown[]) => Promise<ReportPdfResult>>();
  const ipc: ReportPdfIpc = { handle: (channel, listener) => handlers.set(channel, listener), removeHandler: (channel) => handlers.delete(channel) };
  const asked: string[] = [];
  const printed: ReportPrintOptions[] = [];
  const unbind = bindReportPdf(ipc, {
    isTrustedUrl: (url) => url.startsWith(rendererUrl),
    chooseTarget: async (_event, suggested) => {
      asked.push(suggested);
      return target;
    },
  });
  const event = (url: string | null): ReportPdfEvent => ({
    senderFrame: url === null ? null : { url },
    sender: {
      printToPDF: async (options) => {
        printed.push(options);
        return PDF;
      },
    },
  });
  const send = (url: string | null, request: unknown) => handlers.get(IPC_REPORT_PDF_CHANNEL)!(event(url), request);
  return { send, asked, printed, unbind, handlers };
}

describe('report PDF binding', () => {
  it('prints the page with its own page rules and writes the PDF where the auditor chose', async () => {
    const target = join(tempDir(), 'bericht.pdf');
    const { send, asked, printed } = setup(target);
    expect(await send(`${rendererUrl}#/faelle/1/bericht`, { title: 'Auditbericht Bad Münster/Süd' })).toEqual({ saved: true, path: target });
    expect(asked).toEqual(['Auditbericht_Bad_Münster_Süd.pdf']);
    expect(printed).toEqual([REPORT_PRINT_OPTIONS]);
    expect(printed[0]).toMatchObject({ preferCSSPageSize: true, printBackground: true });
    expect(readFileSync(target)).toEqual(PDF);
  });

  it('prints nothing when the auditor cancels the dialog', async () => {
    const { send, printed } = setup(null);
    expect(await send(rendererUrl, { title: 'Auditbericht' })).toEqual({ saved: false });
    expect(printed).toEqual([]);
  });

  it.each([
    { url: 'https://evil.example/', request: { title: 'x' }, error: /nicht vertrauenswürdigen Quelle/ },
    { url: null, request: { title: 'x' }, error: /nicht vertrauenswürdigen Quelle/ },
    { url: rendererUrl, request: { title: 42 }, error: /Berichtstitel/ },
    { url: rendererUrl, request: 'Auditbericht', error: /Berichtstitel/ },
  ])('refuses $request from $url without asking or printing', async ({ url, request, error }) => {
    const { send, asked, printed } = setup('/tmp/never.pdf');
    const result = await send(url, request);
    expect(result).toMatchObject({ saved: false, error: expect.stringMatching(error) });
    expect([asked, printed]).toEqual([[], []]);
  });

  it('reports a file that cannot be written in German', async () => {
    const { send } = setup(join(tempDir(), 'fehlt', 'bericht.pdf'));
    const result = await send(rendererUrl, { title: 'Auditbericht' });
    expect(result).toMatchObject({ saved: false, error: expect.stringMatching(/konnte nicht als PDF gespeichert werden.*anderen Speicherort/) });
  });

  it.each([
    { title: 'Auditbericht – Musterstadt', file: 'Auditbericht_Musterstadt.pdf' },
    { title: '???', file: 'Auditbericht.pdf' },
    { title: 'a/b\\c:d', file: 'a_b_c_d.pdf' },
  ])('names the file for "$title" as $file', ({ title, file }) => {
    expect(reportPdfFileName(title)).toBe(file);
  });

  it('removes its handler when unbound', () => {
    const { unbind, handlers } = setup(null);
    unbind();
    expect(handlers.size).toBe(0);
  });
});
