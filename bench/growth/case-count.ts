import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBackend, type Backend } from '../../electron/backend/backend';
import { typedInvoke } from '../../shared/contract/invoke';
import type { Measurement } from '../bench-table';
import { cloneCase } from '../data/clone-cases';
import { measureGrowth, succeeding } from './sized-pair';

const PAGE = 100;

interface CaseFolder {
  dataDir: string;
  cases: number;
}

/** A data folder with `cases` cases as the list sees them: the case with its phases, no answers (the list reads none). */
async function caseFolder(cases: number): Promise<CaseFolder> {
  const dataDir = mkdtempSync(join(tmpdir(), 'familienaudit-bench-growth-'));
  const backend = await createBackend({ dataDir, user: 'bench' });
  try {
    const created = await typedInvoke(backend.dispatch)('cases.create', { municipalityName: 'Lindenbach', ags: '05711000', kind: 'kommune', population: 12_000 });
    if (!created.ok) throw new Error(created.error.message);
    backend.database.sqlite.pragma('synchronous = OFF');
    cloneCase(backend.database.sqlite, created.value.id, cases - 1, cases);
    backend.database.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    return { dataDir, cases };
  } finally {
    await backend.close();
  }
}

/** 2,000 and 20,000 cases: the list's first page, its last page, a search, and a start up to the first page. */
export async function benchCaseCountGrowth(): Promise<Measurement[]> {
  const folders = [await caseFolder(2_000), await caseFolder(20_000)] as const;
  const backends: Backend[] = [];
  try {
    for (const folder of folders) backends.push(await createBackend({ dataDir: folder.dataDir, user: 'bench' }));
    const invokes = backends.map((backend) => typedInvoke(backend.dispatch));
    const label = (index: number) => `${folders[index]!.cases.toLocaleString('de-DE')} Fälle`;
    const sized = (name: string, ratioBudget: number, run: (index: number) => () => Promise<unknown>) =>
      measureGrowth({ name, ratioBudget, small: { label: label(0), run: run(0) }, large: { label: label(1), run: run(1) } });
    const rows = [
      ...(await sized('Fallliste, erste Seite', 2, (index) => succeeding(() => invokes[index]!('cases.list', { limit: PAGE })))),
      ...(await sized('Fallliste, letzte Seite', 2, (index) => succeeding(() => invokes[index]!('cases.list', { limit: PAGE, offset: folders[index]!.cases - PAGE })))),
      ...(await sized('Fallliste, nach Einwohnern absteigend', 10, (index) => succeeding(() => invokes[index]!('cases.list', { limit: PAGE, sortBy: 'population', sortDirection: 'desc' })))),
      ...(await sized('Fallliste, Suche „bach“', 10, (index) => succeeding(() => invokes[index]!('cases.list', { limit: PAGE, search: 'bach' })))),
    ];
    for (const backend of backends.splice(0)) await backend.close();
    rows.push(
      ...(await sized('Start des Backends bis zur ersten Seite der Liste', 2, (index) => async () => {
        const backend = await createBackend({ dataDir: folders[index]!.dataDir, user: 'bench' });
        try {
          await succeeding(() => typedInvoke(backend.dispatch)('cases.list', { limit: PAGE }))();
        } finally {
          await backend.close();
        }
      })),
    );
    return rows;
  } finally {
    for (const backend of backends) await backend.close();
    for (const folder of folders) rmSync(folder.dataDir, { recursive: true, force: true });
  }
}
