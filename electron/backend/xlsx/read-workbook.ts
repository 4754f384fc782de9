import { Worker } from 'node:worker_threads';
import type { ExtractedWorkbook } from './extracted-workbook';
import { inspectWorkbookFile } from './file-inspection';
import { WORKBOOK_LIMITS } from './limits';
import { WORKBOOK_READER_WORKER } from './worker-location';

/**
 * The worker returns only sheets whose header row names all `headerMarkers` (and of them only
 * the `keepColumns`, matched case-insensitively), plus the `fullSheets` whole.
 */
interface SheetSelection {
  headerMarkers: string[];
  keepColumns: string[];
  fullSheets: string[];
  /** Also the first visible sheet whole, whatever its name. */
  firstVisibleSheet?: boolean;
  /** Every sheet whole, in the workbook's order. */
  allSheets?: boolean;
  /** Empty text cells come back as text "" rather than as empty cells. */
  keepEmptyText?: boolean;
}

type ReadResult = { ok: true; workbook: ExtractedWorkbook } | { ok: false; message: string };

type WorkerReply = { id: number; ok: true; workbook: ExtractedWorkbook } | { id: number; ok: false; message: string };

interface Job {
  resolve(result: ReadResult): void;
  timer: NodeJS.Timeout;
}

/**
 * One warm worker per process parses workbooks under a memory limit. A crash, an out-of-memory
 * kill or a timeout ends it and fails the jobs it had; the next job starts a fresh one.
 */
export class WorkbookReader {
  private worker: Worker | null = null;
  private readonly jobs = new Map<number, Job>();
  private nextId = 1;

  /** Starts the worker ahead of the first workbook, so that loading exceljs is not what the auditor waits for. */
  warm(): void {
    this.worker ??= this.start({ warm: true });
  }

  read(bytes: Buffer, selection: SheetSelection): Promise<ReadResult> {
    const worker = this.worker ?? this.start();
    const id = this.nextId++;
    return new Promise((resolve) => {
      const timer = setTimeout(() => this.fail(worker, 'Das Lesen der Arbeitsmappe hat zu lange gedauert und wurde abgebrochen.'), WORKBOOK_LIMITS.workerTimeoutMs);
      this.jobs.set(id, { resolve, timer });
      worker.postMessage({ id, bytes, selection });
    });
  }

  private start(workerData: { warm: boolean } = { warm: false }): Worker {
    const worker = new Worker(WORKBOOK_READER_WORKER, { workerData, resourceLimits: { maxOldGenerationSizeMb: WORKBOOK_LIMITS.workerMemoryMb } });
    worker.on('message', (reply: WorkerReply) => {
      const job = this.jobs.get(reply.id);
      if (!job) return;
      this.jobs.delete(reply.id);
      clearTimeout(job.timer);
      job.resolve(
        reply.ok
          ? { ok: true, workbook: reply.workbook }
          : { ok: false, message: `Die Arbeitsmappe lässt sich nicht lesen (${reply.message}). Bitte in Excel oder LibreOffice öffnen und neu speichern.` },
      );
    });
    worker.on('error', (error: Error & { code?: string }) => {
      this.fail(
        worker,
        error.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? 'Die Arbeitsmappe ist zu groß, um sie sicher zu lesen (Speichergrenze erreicht).'
          : `Die Arbeitsmappe lässt sich nicht lesen (${error.message}).`,
      );
    });
    worker.on('exit', () => this.fail(worker, 'Das Lesen der Arbeitsmappe ist unerwartet abgebrochen.'));
    // An idle reader must not keep the CLI or a test process alive. This must come after the
    // listeners: adding a 'message' listener refs the worker's port again.
    worker.unref();
    this.worker = worker;
    return worker;
  }

  private fail(worker: Worker, message: string): void {
    if (this.worker !== worker) return;
    this.worker = null;
    void worker.terminate();
    for (const [id, job] of this.jobs) {
      clearTimeout(job.timer);
      job.resolve({ ok: false, message });
      this.jobs.delete(id);
    }
  }
}

const reader = new WorkbookReader();

/** Starts the reader worker at idle, before a workbook is chosen. */
export function warmWorkbookReader(): void {
  reader.warm();
}

/** Checks the file, then parses it in a reader worker (the shared one unless given) with a memory and a time limit. */
export async function readWorkbook(bytes: Buffer, selection: SheetSelection, using: WorkbookReader = reader): Promise<ReadResult> {
  const inspection = await inspectWorkbookFile(bytes);
  if (!inspection.ok) return inspection;
  return using.read(bytes, selection);
}
