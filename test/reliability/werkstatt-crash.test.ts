import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import fc from 'fast-check';
import { afterAll, expect, it } from 'vitest';
import { databaseFile } from '../../electron/backend/data-dir';
import { testBackend } from '../helpers/backend';
import { bundleForNode } from '../../scripts/bundle-for-node';
import { runAndKill } from './crash/run-and-kill';
import { printFigures } from './figures';

const KILLS = Number(process.env.WERKSTATT_KILLS ?? 40);
const SEED = Number(process.env.CRASH_SEED ?? 20261204);
const dataDir = mkdtempSync(join(tmpdir(), 'familienaudit-werkstatt-'));

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

it(`${KILLS} SIGKILLs while a workshop adds ideas and gives dots lose no acknowledged change`, async () => {
  const { call, backend } = await testBackend({ dataDir });
  const { id: caseId } = await call('cases.create', { municipalityName: 'Werkstattstadt', ags: '05711000', kind: 'kommune' });
  const fieldIds = (await call('participation.ideas', { caseId })).fields.slice(0, 3).map((field) => field.id);
  await backend.close();

  const childFile = await bundleForNode('test/reliability/crash/werkstatt-child.ts');
  const moments = fc.sample(fc.record({ afterMs: fc.integer({ min: 0, max: 250 }), duringStartup: fc.integer({ min: 0, max: 9 }).map((x) => x === 0) }), { numRuns: KILLS, seed: SEED });
  const ideas = new Set<string>();
  const votes = new Map<string, number>();
  let next = 0;
  let acknowledged = 0;
  const lost = new Set<string>();
  let integrityFailures = 0;
  for (const moment of moments) {
    const run = await runAndKill(childFile, [dataDir, caseId, fieldIds.join(','), String(next)], moment.afterMs, moment.duringStartup);
    expect(run.stderr).toBe('');
    expect(run.exitSignal).toBe('SIGKILL');
    for (const [key, n] of run.acks) {
      acknowledged += 1;
      if (key.startsWith('idea:')) ideas.add(`Idee ${n}`);
      else votes.set(key.slice('vote:'.length), Math.max(votes.get(key.slice('vote:'.length)) ?? 0, n));
    }
    next += 3 * (run.acks.size + 1);

    const sqlite = new BetterSqlite3(databaseFile(dataDir), { readonly: true });
    try {
      if (sqlite.pragma('integrity_check', { simple: true }) !== 'ok') integrityFailures += 1;
      const stored = sqlite.prepare('SELECT id, text, votes FROM ideas WHERE case_id = ?').all(caseId) as { id: string; text: string; votes: number }[];
      const texts = new Set(stored.map((row) => row.text));
      const storedVotes = new Map(stored.map((row) => [row.id, row.votes]));
      for (const text of ideas) if (!texts.has(text)) lost.add(`idea ${text}`);
      for (const [id, count] of votes) if ((storedVotes.get(id) ?? -1) < count) lost.add(`votes of ${id}: acknowledged ${count}, stored ${storedVotes.get(id) ?? 'none'}`);
    } finally {
      sqlite.close();
    }
  }
  printFigures('Crash safety: SIGKILL in Werkstatt-Modus', {
    kills: moments.length,
    'changes acknowledged': acknowledged,
    'ideas acknowledged': ideas.size,
    'ideas with acknowledged dots': votes.size,
    'acknowledged changes lost': lost.size,
    'integrity failures': integrityFailures,
    seed: SEED,
  });
  expect([...lost]).toEqual([]);
  expect(integrityFailures).toBe(0);
  expect(ideas.size).toBeGreaterThan(0);
  expect(votes.size).toBeGreaterThan(0);
});
