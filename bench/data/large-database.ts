import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBackend } from '../../electron/backend/backend';
import { typedInvoke } from '../../shared/contract/invoke';
import { cloneCase } from './clone-cases';
import { createFullCase } from './full-case';

export interface LargeDatabase {
  dataDir: string;
  /** The case built through the app; the others are its seeded copies. */
  caseId: string;
  cases: number;
  buildMs: number;
}

/** A data folder with `cases` finished cases: one built through the dispatcher, the rest copied from it. */
export async function buildLargeDatabase(cases: number, seed: number): Promise<LargeDatabase> {
  const started = performance.now();
  const dataDir = mkdtempSync(join(tmpdir(), 'familienaudit-bench-large-'));
  const backend = await createBackend({ dataDir, user: 'bench' });
  try {
    const caseId = await createFullCase(typedInvoke(backend.dispatch), 'Benchstadt');
    cloneCase(backend.database.sqlite, caseId, cases - 1, seed);
    backend.database.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    return { dataDir, caseId, cases, buildMs: performance.now() - started };
  } finally {
    await backend.close();
  }
}
