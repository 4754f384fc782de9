import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import fc from 'fast-check';
import { afterAll, expect, it } from 'vitest';
import { databaseFile } from '../../electron/backend/data-dir';
import { createContentStore } from '../../electron/backend/evidence/content-store';
import { testBackend } from '../helpers/backend';
import { bundleForNode } from '../../scripts/bundle-for-node';
import { runAndKill } from './crash/run-and-kill';
import { printFigures } from './figures';

const KILLS = Number(process.env.EVIDENCE_KILLS ?? 20);
const SEED = Number(process.env.CRASH_SEED ?? 20261204);
const dataDir = mkdtempSync(join(tmpdir(), 'familienaudit-nachweise-'));
const store = join(dataDir, 'nachweise');
/** Past the content store's ten minutes, after which a file no row names counts as left over. */
const SETTLED_LATER = 11 * 60 * 1000;

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

it(`${KILLS} SIGKILLs while large documents are added leave no half file, no dangling row and, once settled, no orphan; every acknowledged document reads back verified`, async () => {
  const { call, backend } = await testBackend({ dataDir });
  const { id: caseId } = await call('cases.create', { municipalityName: 'Belegstadt', ags: '05711000', kind: 'kommune' });
  await backend.close();

  const childFile = await bundleForNode('test/reliability/crash/evidence-child.ts');
  const moments = fc.sample(fc.record({ afterMs: fc.integer({ min: 0, max: 600 }), duringStartup: fc.integer({ min: 0, max: 9 }).map((x) => x === 0) }), { numRuns: KILLS, seed: SEED });
  const acknowledged = new Set<string>();
  let next = 0;
  let halfFiles = 0;
  let danglingRows = 0;
  let orphansAfterSettling = 0;
  let leftovers = 0;
  let integrityFailures = 0;
  for (const moment of moments) {
    const run = await runAndKill(childFile, [dataDir, caseId, String(next)], moment.afterMs, moment.duringStartup);
    expect(run.stderr).toBe('');
    expect(run.exitSignal).toBe('SIGKILL');
    for (const key of run.acks.keys()) acknowledged.add(key.slice('doc:'.length));
    next += run.acks.size + 1;

    const sqlite = new BetterSqlite3(databaseFile(dataDir), { readonly: true });
    let referenced: Set<string>;
    try {
      if (sqlite.pragma('integrity_check', { simple: true }) !== 'ok') integrityFailures += 1;
      const rows = sqlite.prepare('SELECT id, sha256 FROM documents').all() as { id: string; sha256: string }[];
      referenced = new Set(rows.map((row) => row.sha256));
      const files = new Set(readdirSync(store));
      danglingRows += rows.filter((row) => !files.has(row.sha256)).length;
      for (const id of acknowledged) expect(rows.some((row) => row.id === id), `acknowledged document ${id} is stored`).toBe(true);
    } finally {
      sqlite.close();
    }
    for (const name of readdirSync(store).filter((file) => /^[0-9a-f]{64}$/.test(file))) {
      if (createHash('sha256').update(readFileSync(join(store, name))).digest('hex') !== name) halfFiles += 1;
    }
    leftovers += readdirSync(store).filter((name) => !referenced.has(name)).length;
    // What the next start would remove once it is settled.
    createContentStore(dataDir).removeUnreferenced(referenced, Date.now() + SETTLED_LATER);
    orphansAfterSettling += readdirSync(store).filter((name) => !referenced.has(name)).length;
  }

  const { call: read } = await testBackend({ dataDir });
  let verified = 0;
  for (const id of acknowledged) {
    const file = await read('evidence.read', { documentId: id });
    expect(Buffer.from(file.contentBase64, 'base64').toString('utf8')).toMatch(/^Protokoll \d+\n/);
    verified += 1;
  }
  printFigures('Crash safety: SIGKILL while documents are added', {
    kills: moments.length,
    'documents acknowledged': acknowledged.size,
    'acknowledged documents read back verified': verified,
    'files an interrupted add left (removed once settled)': leftovers,
    'half-written files': halfFiles,
    'rows without content': danglingRows,
    'orphans once settled': orphansAfterSettling,
    'integrity failures': integrityFailures,
    seed: SEED,
  });
  expect(halfFiles).toBe(0);
  expect(danglingRows).toBe(0);
  expect(orphansAfterSettling).toBe(0);
  expect(integrityFailures).toBe(0);
  expect(acknowledged.size).toBeGreaterThan(0);
}, 600_000);
