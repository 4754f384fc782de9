import { randomUUID } from 'node:crypto';
import { availableParallelism } from 'node:os';
import type { ImportFileReport, ImportReport, Submission } from '../../../shared/contract/pool';
import { WorkbookReader } from '../xlsx/read-workbook';
import type { OpenPool } from './db/open-pool';
import { saveKey } from './keys.repository';
import { readSubmission } from './submission-reader';
import { ensureCase, findSameSubmission, insertSubmission, settleCase } from './submissions.repository';

export interface IncomingFile {
  /** The name shown in the report. */
  file: string;
  bytes: () => Promise<Buffer>;
}

interface ImportOptions {
  onProgress?: (done: number, total: number, report: ImportFileReport) => void;
  signal?: AbortSignal;
  now?: () => string;
}

function summary(files: ImportFileReport[]): ImportReport {
  const count = (outcome: ImportFileReport['outcome']) => files.filter((file) => file.outcome === outcome).length;
  return { files, imported: count('imported'), unchanged: count('unchanged'), refused: count('refused'), cancelled: count('cancelled') };
}

/** Workbooks are read on every core; each is stored, or not at all, in its own transaction. */
export function createPoolImportService(pool: OpenPool) {
  const readers = Array.from({ length: Math.max(1, availableParallelism()) }, () => new WorkbookReader());

  async function store(file: string, fileSha256: string, submission: Submission, now: string): Promise<ImportFileReport> {
    return pool.db.transaction().execute(async (trx) => {
      await ensureCase(trx, submission.caseId, now, pool.kind === 'postgres');
      if (await findSameSubmission(trx, submission)) {
        return { file, outcome: 'unchanged' as const, caseId: submission.caseId, message: 'Diese Fassung liegt schon vor; nichts geändert.', conflict: false };
      }
      if (submission.signature) await saveKey(trx, { fingerprint: submission.signature.fingerprint, publicKey: submission.signature.publicKey, label: submission.register.auditor, trust: 'erstnutzung', now });
      await insertSubmission(trx, { id: randomUUID(), fileName: file, fileSha256, receivedAt: now, submission });
      const conflict = await settleCase(trx, submission.caseId, submission.exportedAt, now);
      return {
        file,
        outcome: 'imported' as const,
        caseId: submission.caseId,
        message: conflict
          ? `Eingelesen, aber im Widerspruch: Von ${submission.register.municipalityName} liegt eine andere Fassung mit demselben Exportzeitpunkt vor. Bitte klären, welche gilt.`
          : `Eingelesen: ${submission.register.municipalityName}.`,
        conflict,
      };
    });
  }

  async function readOne(incoming: IncomingFile, reader: WorkbookReader): Promise<{ ok: true; fileSha256: string; submission: Submission } | { ok: false; report: ImportFileReport }> {
    let bytes: Buffer;
    try {
      bytes = await incoming.bytes();
    } catch (error) {
      return { ok: false, report: { file: incoming.file, outcome: 'refused', caseId: null, message: `Die Datei lässt sich nicht lesen: ${(error as Error).message}`, conflict: false } };
    }
    const read = await readSubmission(bytes, reader);
    return read.ok ? read : { ok: false, report: { file: incoming.file, outcome: 'refused', caseId: null, message: read.message, conflict: false } };
  }

  async function storeOne(file: string, fileSha256: string, submission: Submission, now: string): Promise<ImportFileReport> {
    try {
      return await store(file, fileSha256, submission, now);
    } catch (error) {
      return { file, outcome: 'refused', caseId: submission.caseId, message: `Die Arbeitsmappe konnte nicht gespeichert werden: ${(error as Error).message}`, conflict: false };
    }
  }

  return {
    async importFiles(files: readonly IncomingFile[], options: ImportOptions = {}): Promise<ImportReport> {
      const reports: ImportFileReport[] = new Array<ImportFileReport>(files.length);
      let next = 0;
      let done = 0;
      const now = options.now ?? (() => new Date().toISOString());
      // Read on every core, stored in the files' order: of two equal files the first named is the one taken.
      const stored: Promise<void>[] = [];
      const lane = async (reader: WorkbookReader) => {
        while (next < files.length) {
          const index = next++;
          const incoming = files[index]!;
          let finish!: () => void;
          stored[index] = new Promise((resolve) => (finish = resolve));
          const read = options.signal?.aborted ? null : await readOne(incoming, reader);
          await stored[index - 1];
          const report: ImportFileReport =
            read === null || (read.ok && options.signal?.aborted)
              ? { file: incoming.file, outcome: 'cancelled', caseId: null, message: 'Nicht eingelesen: der Import wurde abgebrochen.', conflict: false }
              : read.ok
                ? await storeOne(incoming.file, read.fileSha256, read.submission, now())
                : read.report;
          reports[index] = report;
          done += 1;
          options.onProgress?.(done, files.length, report);
          finish();
        }
      };
      await Promise.all(readers.slice(0, Math.max(1, Math.min(readers.length, files.length))).map(lane));
      return summary(reports);
    },
  };
}
