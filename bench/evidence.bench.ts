import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, mkdtempSync, openSync, readdirSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { createBackend } from '../electron/backend/backend';
import { typedInvoke } from '../shared/contract/invoke';
import { summarize, type Measurement } from './bench-table';
import { succeedingCall } from './data/succeeding-call';

const MB = 1024 * 1024;
/** A scan: a PDF frame around bytes that do not compress. */
const scannedPdf = (megabytes: number) => Buffer.concat([Buffer.from('%PDF-1.7\n', 'latin1'), randomBytes(megabytes * MB - 20), Buffer.from('\n%%EOF\n', 'latin1')]);

function writeWithFsync(path: string, bytes: Buffer): void {
  const handle = openSync(path, 'w');
  try {
    for (let written = 0; written < bytes.length; ) written += writeSync(handle, bytes, written);
    fsyncSync(handle);
  } finally {
    closeSync(handle);
  }
}

function folderBytes(path: string): number {
  return readdirSync(path, { withFileTypes: true }).reduce((sum, entry) => sum + (entry.isDirectory() ? folderBytes(join(path, entry.name)) : statSync(join(path, entry.name)).size), 0);
}

const row = (operation: string, times: { median: number; worst: number }, budgetMs: number | null, extra: Partial<Measurement> = {}): Measurement => ({ operation, medianMs: times.median, worstMs: times.worst, budgetMs, ratio: null, ratioBudget: null, ...extra });

/** Adding a 20 MB PDF against writing its bytes with fsync; the Nachweise of a case with 500 documents; a backup with 1 GB of documents. */
export async function benchEvidence(): Promise<Measurement[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'familienaudit-bench-nachweise-'));
  const backend = await createBackend({ dataDir });
  try {
    const call = succeedingCall(typedInvoke(backend.dispatch));
    const newCase = async (name: string) => (await call('cases.create', { municipalityName: name, ags: '05711000', kind: 'kommune' })).id;

    const addCase = await newCase('Scanstadt');
    const ours: number[] = [];
    const raw: number[] = [];
    for (let run = 0; run < 8; run++) {
      const pdf = scannedPdf(20);
      const contentBase64 = pdf.toString('base64');
      let start = performance.now();
      await call('evidence.add', { caseId: addCase, fileName: `scan-${run}.pdf`, contentBase64 });
      ours.push(performance.now() - start);
      const other = scannedPdf(20);
      start = performance.now();
      writeWithFsync(join(dataDir, `roh-${run}.pdf`), other);
      raw.push(performance.now() - start);
      rmSync(join(dataDir, `roh-${run}.pdf`));
    }
    const added = summarize(ours.slice(1));
    const written = summarize(raw.slice(1));

    const listCase = await newCase('Aktenstadt');
    for (let index = 0; index < 500; index++) {
      await call('evidence.add', { caseId: listCase, fileName: `protokoll-${index}.txt`, contentBase64: Buffer.from(`Protokoll Nr. ${index}\n`).toString('base64'), title: `Protokoll ${index}`, places: ['case'] });
    }
    const lists: number[] = [];
    for (let run = 0; run < 10; run++) {
      const start = performance.now();
      await call('evidence.list', { caseId: listCase });
      lists.push(performance.now() - start);
    }

    // 1 GB in all: 42 more scans of 24 MB over three cases (each holds at most 500 MB), beside the 160 MB above.
    for (const name of ['Archivstadt', 'Belegdorf', 'Urkundenheim']) {
      const caseId = await newCase(name);
      for (let index = 0; index < 14; index++) await call('evidence.add', { caseId, fileName: `akte-${index}.pdf`, contentBase64: scannedPdf(24).toString('base64') });
    }
    const documentBytes = folderBytes(join(dataDir, 'nachweise'));
    const backupOf = async () => {
      const stalls = monitorEventLoopDelay({ resolution: 10 });
      stalls.enable();
      const start = performance.now();
      await call('backups.create', {});
      const ms = performance.now() - start;
      stalls.disable();
      return { ms, longestStallMs: stalls.max / 1e6 };
    };
    const first = await backupOf();
    const second = await backupOf();
    const backupBytes = folderBytes(join(dataDir, 'backups'));
    const gb = (documentBytes / 1024 / MB).toFixed(2).replace('.', ',');
    return [
      row('Nachweis: 20 MB schreiben mit fsync (roh)', written, null),
      row('Nachweis: PDF mit 20 MB hinzufügen (prüfen, SHA-256, fsync, Eintrag)', added, 2000, { ratio: added.median / written.median, ratioBudget: null }),
      row('Nachweise: Liste eines Falls mit 500 Dokumenten', summarize(lists), 250),
      row(`Sicherung mit ${gb} GB Nachweisen: erste (kopiert alle)`, { median: first.ms, worst: first.ms }, null),
      row(`Sicherung mit ${gb} GB Nachweisen: nächste (nichts Neues)`, { median: second.ms, worst: second.ms }, null),
      row('Sicherung: längste Pause der Ereignisschleife währenddessen', { median: Math.max(first.longestStallMs, second.longestStallMs), worst: Math.max(first.longestStallMs, second.longestStallMs) }, 250),
      row(`Sicherung: Platz für ${gb} GB Nachweise (Datenbank + eine Kopie jedes Inhalts)`, { median: backupBytes / MB, worst: backupBytes / MB }, null, { unit: 'MB' }),
    ];
  } finally {
    await backend.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
