import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import { databaseFile } from '../../electron/backend/data-dir';
import { testBackend, type TestBackend } from '../helpers/backend';
import { printFigures } from './figures';

const betterSqlite = createRequire(import.meta.url).resolve('better-sqlite3');

/**
 * Another process that takes the write lock of the database, reports "locked", and holds it for
 * `ms`. `exited` is taken at the start, so that an exit before anyone waits for it is not missed.
 */
async function holdWriteLock(file: string, ms: number): Promise<{ child: ChildProcess; exited: Promise<unknown> }> {
  const script = `
    const Database = require(${JSON.stringify(betterSqlite)});
    const db = new Database(${JSON.stringify(file)});
    db.exec('BEGIN IMMEDIATE');
    db.prepare("INSERT INTO app_meta (key, value) VALUES ('fremdes_programm', 'schreibt') ON CONFLICT(key) DO UPDATE SET value = excluded.value").run();
    console.log('locked');
    setTimeout(() => { db.exec('COMMIT'); db.close(); console.log('released'); }, ${ms});
  `;
  const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  await Promise.race([
    new Promise<void>((resolve) => createInterface({ input: child.stdout! }).on('line', (line) => line === 'locked' && resolve())),
    exited.then((code) => Promise.reject(new Error(`lock holder exited with ${String(code)}`))),
  ]);
  return { child, exited };
}

async function caseWithNumberQuestion(app: TestBackend) {
  const caseId = (await app.call('cases.create', { municipalityName: 'Sperrstadt', ags: '05711000', kind: 'kommune' })).id;
  const question = (await app.call('questionnaire.get', { caseId })).catalogue.sections.flatMap((section) => section.questions).find((candidate) => candidate.type === 'number')!;
  return { caseId, questionId: question.id };
}

describe('a database locked by another program', () => {
  it('does not lose a save that waits 8 s for the lock: the backend tries again until it is stored', async () => {
    const app = await testBackend();
    const { caseId, questionId } = await caseWithNumberQuestion(app);
    const holder = await holdWriteLock(databaseFile(app.dataDir), 8000);
    const started = Date.now();
    const result = await app.invoke('questionnaire.saveAnswer', { caseId, questionId, value: 80 });
    const waited = Date.now() - started;
    await holder.exited;
    printFigures('save against an 8 s write lock', { waitedMs: waited, outcome: result.ok ? 'gespeichert' : result.error.code });
    expect(result.ok).toBe(true);
    expect(waited).toBeGreaterThan(5000);
    expect((await app.call('questionnaire.get', { caseId })).answers.find((answer) => answer.questionId === questionId)?.value).toBe(80);
  });

  it('answers BUSY in German once its bounded wait is over, having stored nothing, and stores the value when tried again', async () => {
    const app = await testBackend({ busyRetryMs: 1500 });
    const { caseId, questionId } = await caseWithNumberQuestion(app);
    const holder = await holdWriteLock(databaseFile(app.dataDir), 4000);
    const result = await app.invoke('questionnaire.saveAnswer', { caseId, questionId, value: 77 });
    expect(result).toMatchObject({ ok: false, error: { code: 'BUSY', message: expect.stringMatching(/gerade durch ein anderes Programm gesperrt.*noch nicht gespeichert/) } });
    expect((await app.call('questionnaire.get', { caseId })).answers).toEqual([]);
    await holder.exited;
    await app.call('questionnaire.saveAnswer', { caseId, questionId, value: 77 });
    expect((await app.call('questionnaire.get', { caseId })).answers.map((answer) => answer.value)).toEqual([77]);
  });
});
