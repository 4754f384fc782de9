import { Worker } from 'node:worker_threads';
import type { ExtractedWorkbook } from './extracted-workbook';
import { inspectWorkbookFile } from './file-inspection';
import { WORKBOOK_LIMITS } from './limits';
import { WORKBOOK_READER_WORKER } from './worker-location';

export type ReadResult = { ok: true; workbook: ExtractedWorkbook } | { ok: false; message: string };

function parseInWorker(bytes: Buffer): Promise<ReadResult> {
  return new Promise((resolve) => {
    const worker = new Worker(WORKBOOK_READER_WORKER, {
      workerData: { bytes },
      resourceLimits: { maxOldGenerationSizeMb: WORKBOOK_LIMITS.workerMemoryMb },
    });
    let settled = false;
    const finish = (result: ReadResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      resolve(result);
    };
    const timer = setTimeout(
      () => finish({ ok: false, message: 'Das Lesen der Arbeitsmappe hat zu lange gedauert und wurde abgebrochen.' }),
      WORKBOOK_LIMITS.workerTimeoutMs,
    );
    worker.on('message', (message: { ok: true; workbook: ExtractedWorkbook } | { ok: false; message: string }) => {
      finish(
        message.ok
          ? message
          : { ok: false, message: `Die Arbeitsmappe lässt sich nicht lesen (${message.message}). Bitte in Excel oder LibreOffice öffnen und neu speichern.` },
      );
    });
    worker.on('error', (error: Error & { code?: string }) => {
      finish({
        ok: false,
        message:
          error.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? 'Die Arbeitsmappe ist zu groß, um sie sicher zu lesen (Speichergrenze erreicht).'
            : `Die Arbeitsmappe lässt sich nicht lesen (${error.message}).`,
      });
    });
    worker.on('exit', (code) => finish({ ok: false, message: `Das Lesen der Arbeitsmappe ist abgebrochen (Code ${code}).` }));
  });
}

/** Checks the file, then parses it in a worker with a memory limit and a time limit. */
export async function readWorkbook(bytes: Buffer): Promise<ReadResult> {
  const inspection = await inspectWorkbookFile(bytes);
  if (!inspection.ok) return inspection;
  return parseInWorker(bytes);
}
