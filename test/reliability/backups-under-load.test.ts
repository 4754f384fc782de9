import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { expect, it } from 'vitest';
import { backupDir } from '../../electron/backend/db/backup-files';
import { testBackend } from '../helpers/backend';
import { tempDir } from '../helpers/temp-dir';
import { bundleForNode } from '../../scripts/bundle-for-node';
import { followAutosaveOutput } from './crash/autosave-output';
import { printFigures } from './figures';

const BACKUPS = Number(process.env.LOAD_BACKUPS ?? 60);

interface Writer {
  child: ChildProcessWithoutNullStreams;
  acks: Map<string, number>;
  count: () => number;
  ready: Promise<void>;
}

/** The autosaving child from the crash test, here left alive: it writes as fast as it can from a second process. */
function startWriter(childFile: string, args: string[]): Writer {
  const child = spawn(process.execPath, [childFile, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
  const acks = new Map<string, number>();
  let count = 0;
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  followAutosaveOutput(child.stdout, {
    onReady: () => markReady(),
    onAck: (key, n) => {
      acks.set(key, n);
      count += 1;
    },
  });
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => process.stderr.write(`[writer] ${chunk}`));
  return { child, acks, count: () => count, ready };
}

function readBackup(file: string, caseId: string): { integrity: string; held: Map<string, number> } {
  const sqlite = new BetterSqlite3(file, { readonly: true });
  try {
    const held = new Map<string, number>();
    for (const { id, comment } of sqlite.prepare("SELECT question_id AS id, comment FROM answers WHERE case_id = ? AND comment GLOB '[0-9]*'").all(caseId) as { id: string; comment: string }[]) {
      held.set(`answer:${id}`, Number(comment));
    }
    for (const { id, summary } of sqlite.prepare("SELECT field_id AS id, summary FROM field_summaries WHERE case_id = ? AND summary GLOB '[0-9]*'").all(caseId) as { id: string; summary: string }[]) {
      held.set(`summary:${id}`, Number(summary));
    }
    return { integrity: sqlite.pragma('integrity_check', { simple: true }) as string, held };
  } finally {
    sqlite.close();
  }
}

it(`${BACKUPS} backups taken while two writers go on all pass integrity_check and hold every write acknowledged before they began`, async () => {
  const dataDir = tempDir('familienaudit-load-');
  const { call, backend } = await testBackend({ dataDir });
  const { id: caseId } = await call('cases.create', { municipalityName: 'Laststadt', ags: '05711000', kind: 'kommune' });
  const questionnaire = await call('questionnaire.get', { caseId });
  const texts = questionnaire.catalogue.sections.flatMap((section) => section.questions).filter((question) => question.type === 'shortText' || question.type === 'longText');
  const fieldIds = (await call('scoring.get', { caseId })).fields.map((field) => field.id);

  const writer = startWriter(await bundleForNode('test/reliability/crash/autosave-child.ts'), [dataDir, caseId, texts.slice(0, 4).map((q) => q.id).join(','), fieldIds.slice(0, 3).join(',')]);
  await writer.ready;

  // A second writer inside this process, interleaving with the backups on the same connection.
  let running = true;
  let inProcessWrites = 0;
  const inProcessQuestion = texts[5]!.id;
  const inProcess = (async () => {
    while (running) {
      await call('questionnaire.saveAnswer', { caseId, questionId: inProcessQuestion, value: 'Im Prozess', comment: String(inProcessWrites) });
      inProcessWrites += 1;
      await new Promise((resolve) => setImmediate(resolve));
    }
  })();

  let integrityFailures = 0;
  let missingWrites = 0;
  const writesAtStart = writer.count();
  try {
    for (let taken = 0; taken < BACKUPS; taken += 1) {
      // Each backup starts only once both writers have saved something since the last one.
      const [crossBefore, inBefore] = [writer.count(), inProcessWrites];
      while (writer.count() === crossBefore || inProcessWrites === inBefore) {
        if (writer.child.exitCode !== null) throw new Error(`the writing process ended early (exit ${writer.child.exitCode})`);
        await new Promise((resolve) => setImmediate(resolve));
      }
      const acknowledgedBefore = new Map(writer.acks);
      acknowledgedBefore.set(`answer:${inProcessQuestion}`, inProcessWrites - 1);
      const backup = await call('backups.create', {});
      const { integrity, held } = readBackup(join(backupDir(dataDir), backup.id), caseId);
      if (integrity !== 'ok') integrityFailures += 1;
      for (const [key, n] of acknowledgedBefore) if (n >= 0 && (held.get(key) ?? -1) < n) missingWrites += 1;
    }
  } finally {
    running = false;
    writer.child.kill('SIGKILL');
    await inProcess;
    await backend.close();
  }
  const crossProcessWrites = writer.count() - writesAtStart;
  printFigures('Backups under load', {
    'backups taken': BACKUPS,
    'writes from a second process meanwhile': crossProcessWrites,
    'writes in the same process meanwhile': inProcessWrites,
    'backups failing integrity_check': integrityFailures,
    'acknowledged writes missing from a later backup': missingWrites,
  });
  expect(integrityFailures).toBe(0);
  expect(missingWrites).toBe(0);
  expect(crossProcessWrites).toBeGreaterThan(BACKUPS);
  expect(inProcessWrites).toBeGreaterThan(BACKUPS);
});
