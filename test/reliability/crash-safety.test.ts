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

const KILLS = Number(process.env.CRASH_KILLS ?? 100);
const SEED = Number(process.env.CRASH_SEED ?? 20261121);
const dataDir = mkdtempSync(join(tmpdir(), 'familienaudit-crash-'));

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** What the database holds after the crash, read without the app, so that nothing is repaired on the way. */
function inspect(caseId: string): { integrity: string; stored: Map<string, number> } {
  const sqlite = new BetterSqlite3(databaseFile(dataDir));
  try {
    const integrity = sqlite.pragma('integrity_check', { simple: true }) as string;
    const stored = new Map<string, number>();
    const answers = sqlite.prepare("SELECT question_id AS id, comment FROM answers WHERE case_id = ? AND comment != ''").all(caseId) as { id: string; comment: string }[];
    for (const { id, comment } of answers) stored.set(`answer:${id}`, Number(comment));
    const summaries = sqlite.prepare("SELECT field_id AS id, summary FROM field_summaries WHERE case_id = ? AND summary != ''").all(caseId) as { id: string; summary: string }[];
    for (const { id, summary } of summaries) stored.set(`summary:${id}`, Number(summary));
    return { integrity, stored };
  } finally {
    sqlite.close();
  }
}

it(`${KILLS} SIGKILLs of an autosaving process lose no acknowledged write and never damage the database`, async () => {
  const { call, backend } = await testBackend({ dataDir });
  const { id: caseId } = await call('cases.create', { municipalityName: 'Absturzstadt', ags: '05711000', kind: 'kommune' });
  const questionnaire = await call('questionnaire.get', { caseId });
  const questionIds = questionnaire.catalogue.sections
    .flatMap((section) => section.questions)
    .filter((question) => question.type === 'shortText' || question.type === 'longText')
    .slice(0, 5)
    .map((question) => question.id);
  const fieldIds = (await call('scoring.get', { caseId })).fields.slice(0, 3).map((field) => field.id);
  expect(questionIds).toHaveLength(5);
  await backend.close();

  const childFile = await bundleForNode('test/reliability/crash/autosave-child.ts');
  const moments = fc.sample(fc.record({ afterMs: fc.integer({ min: 0, max: 250 }), duringStartup: fc.integer({ min: 0, max: 9 }).map((x) => x === 0) }), {
    numRuns: KILLS,
    seed: SEED,
  });
  const acknowledged = new Map<string, number>();
  let next = 0;
  let writesAcknowledged = 0;
  let integrityFailures = 0;
  let killedDuringStartup = 0;
  const lostWrites = new Set<string>();
  for (const moment of moments) {
    const run = await runAndKill(childFile, [dataDir, caseId, questionIds.join(','), fieldIds.join(','), String(next)], moment.afterMs, moment.duringStartup);
    expect(run.stderr).toBe('');
    expect(run.exitSignal).toBe('SIGKILL');
    if (moment.duringStartup) killedDuringStartup += 1;
    writesAcknowledged += run.acks.size === 0 ? 0 : run.highest - next + 1;
    for (const [key, n] of run.acks) acknowledged.set(key, n);
    next = Math.max(next, run.highest + 1) + 1;

    const { integrity, stored } = inspect(caseId);
    if (integrity !== 'ok') integrityFailures += 1;
    for (const [key, n] of acknowledged) {
      const held = stored.get(key) ?? -1;
      if (held < n) lostWrites.add(`${key}: acknowledged ${n}, stored ${held}`);
    }
  }
  printFigures('Crash safety: SIGKILL during autosaves', {
    kills: moments.length,
    'of them during start-up': killedDuringStartup,
    'writes acknowledged': writesAcknowledged,
    'acknowledged writes lost': lostWrites.size,
    'integrity failures': integrityFailures,
    seed: SEED,
  });
  expect([...lostWrites]).toEqual([]);
  expect(integrityFailures).toBe(0);
  expect(writesAcknowledged).toBeGreaterThan(KILLS);
});
