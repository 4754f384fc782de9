import type { Database } from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBackend } from '../../electron/backend/backend';
import { typedInvoke } from '../../shared/contract/invoke';
import type { Measurement } from '../bench-table';
import { createFullCase } from '../data/full-case';
import { measureGrowth, succeeding } from './sized-pair';

const SIZES = [10_000, 100_000] as const;
/** What the Änderungsprotokoll page asks for at a time. */
const PAGE = 100;

/** Repeats the case's own entries (as if the same edits were made again and again) until it has `entries`. */
function growLog(sqlite: Database, caseId: string, entries: number): void {
  const count = () => (sqlite.prepare('SELECT COUNT(*) AS n FROM change_log WHERE case_id = ?').get(caseId) as { n: number }).n;
  const copy = sqlite.prepare(
    `INSERT INTO change_log (case_id, table_name, row_key, operation, old_values, new_values, changed_at, user_profile, origin)
     SELECT case_id, table_name, row_key, operation, old_values, new_values, changed_at, user_profile, origin FROM change_log WHERE case_id = ? ORDER BY seq LIMIT ?`,
  );
  for (let have = count(); have < entries; have = count()) copy.run(caseId, entries - have);
}

/** 10,000 and 100,000 entries in a case's change log: its first page, and a page far back. */
export async function benchChangeLogGrowth(): Promise<Measurement[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'familienaudit-bench-log-'));
  const backend = await createBackend({ dataDir, user: 'bench' });
  const invoke = typedInvoke(backend.dispatch);
  try {
    const sqlite = backend.database.sqlite;
    sqlite.pragma('synchronous = OFF');
    const logs: { label: string; caseId: string; middle: number }[] = [];
    for (const entries of SIZES) {
      const caseId = await createFullCase(invoke, `Protokollstadt ${entries}`, { measures: 10 });
      growLog(sqlite, caseId, entries);
      const seqs = sqlite.prepare('SELECT MIN(seq) AS first, MAX(seq) AS last FROM change_log WHERE case_id = ?').get(caseId) as { first: number; last: number };
      logs.push({ label: `${entries.toLocaleString('de-DE')} Einträge`, caseId, middle: Math.round((seqs.first + seqs.last) / 2) });
    }
    const pair = (name: string, run: (log: (typeof logs)[number]) => () => Promise<unknown>) =>
      measureGrowth({ name, ratioBudget: 2, small: { label: logs[0]!.label, run: run(logs[0]!) }, large: { label: logs[1]!.label, run: run(logs[1]!) } });
    return [
      ...(await pair('Änderungsprotokoll, neueste Seite', (log) => succeeding(() => invoke('changeLog.caseLog', { caseId: log.caseId, limit: PAGE })))),
      ...(await pair('Änderungsprotokoll, Seite aus der Mitte', (log) => succeeding(() => invoke('changeLog.caseLog', { caseId: log.caseId, limit: PAGE, beforeSeq: log.middle })))),
    ];
  } finally {
    await backend.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
