import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { backupDir } from '../../electron/backend/db/backup-files';
import { databaseFile } from '../../electron/backend/data-dir';
import { testBackend, type TestBackend } from '../helpers/backend';
import { completeCase } from '../helpers/complete-case';
import { tempDir } from '../helpers/temp-dir';
import { bundleForNode } from '../../scripts/bundle-for-node';
import { printFigures } from './figures';
import { snapshotRows } from './migrations/versioned-data';

const figures: Record<string, number | string> = {};
const RUNS_AS_ROOT = process.getuid?.() === 0;
// Root ignores file permissions; the read-only cases then run as the unprivileged user "nobody".
const unprivileged = RUNS_AS_ROOT ? { uid: 65534, gid: 65534 } : {};

async function textQuestions({ call }: TestBackend, caseId: string): Promise<string[]> {
  const questionnaire = await call('questionnaire.get', { caseId });
  return questionnaire.catalogue.sections
    .flatMap((section) => section.questions)
    .filter((question) => question.type === 'longText')
    .map((question) => question.id);
}

function sha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

describe('a full disk', () => {
  it('refuses a large import with a German message and writes none of it; the same import works once there is room', async () => {
    const source = await testBackend();
    const { id } = await source.call('cases.create', { municipalityName: 'Vollstadt', ags: '05711000', kind: 'kommune' });
    await completeCase(source, id);
    const transferFile = await source.call('transfer.exportCase', { caseId: id });

    const target = await testBackend();
    const sqlite = target.backend.database.sqlite;
    sqlite.pragma('wal_checkpoint(TRUNCATE)');
    sqlite.pragma(`max_page_count = ${sqlite.pragma('page_count', { simple: true }) as number}`);
    const before = snapshotRows(sqlite);
    const refused = await target.invoke('transfer.importCase', { ...transferFile, mode: 'new' });
    expect(refused, JSON.stringify(refused)).toMatchObject({ ok: false, error: { code: 'STORAGE' } });
    expect(!refused.ok && refused.error.message).toMatch(/kein Platz mehr frei.*nicht gespeichert/);
    expect(snapshotRows(sqlite)).toEqual(before);
    expect(readdirSync(backupDir(target.dataDir)).filter((name) => name.startsWith('.unfertig'))).toEqual([]);

    sqlite.pragma('max_page_count = 1073741823');
    expect(await target.invoke('transfer.importCase', { ...transferFile, mode: 'new' })).toMatchObject({ ok: true });
    figures['full disk: rows written by the refused import'] = 0;
  });

  it('autosaves until the disk is full: every acknowledged answer is kept, the refused one is not half-written', async () => {
    const app = await testBackend();
    const { id: caseId } = await app.call('cases.create', { municipalityName: 'Randvoll', ags: '05711000', kind: 'kommune' });
    const questions = await textQuestions(app, caseId);
    const sqlite = app.backend.database.sqlite;
    sqlite.pragma(`max_page_count = ${(sqlite.pragma('page_count', { simple: true }) as number) + 8}`);
    const saved = new Map<string, string>();
    let refusal: { questionId: string; message: string } | null = null;
    for (let n = 0; n < 500 && !refusal; n += 1) {
      const questionId = questions[n % questions.length]!;
      const text = `${n} `.padEnd(4900, 'Ausführliche Antwort des Rathauses. ');
      const result = await app.invoke('questionnaire.saveAnswer', { caseId, questionId, value: text });
      if (result.ok) saved.set(questionId, text);
      else if (result.error.code === 'STORAGE') refusal = { questionId, message: result.error.message };
      else throw new Error(`unexpected refusal: ${JSON.stringify(result.error)}`);
    }
    expect(refusal, 'the disk never filled up').not.toBeNull();
    const stored = await app.call('questionnaire.get', { caseId });
    const value = (questionId: string) => stored.answers.find((answer) => answer.questionId === questionId)?.value ?? null;
    for (const [questionId, text] of saved) expect(value(questionId)).toBe(text);
    expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    sqlite.pragma('max_page_count = 1073741823');
    expect(await app.invoke('questionnaire.saveAnswer', { caseId, questionId: refusal!.questionId, value: 'Nach dem Aufräumen' })).toMatchObject({ ok: true });
    figures['full disk: autosaves acknowledged before the refusal'] = saved.size;
    figures['full disk: acknowledged answers lost'] = 0;
  });

  it('a real file-size limit (ulimit -f) in an autosaving process: a clear STORAGE error, nothing acknowledged is lost, the file stays intact', async () => {
    const dataDir = tempDir('familienaudit-fsize-');
    const app = await testBackend({ dataDir });
    const { id: caseId } = await app.call('cases.create', { municipalityName: 'Grenzstadt', ags: '05711000', kind: 'kommune' });
    const questions = await textQuestions(app, caseId);
    const fields = (await app.call('scoring.get', { caseId })).fields.map((field) => field.id);
    await app.backend.close();
    const limitKb = Math.ceil(statSync(databaseFile(dataDir)).size / 1024) + 256;

    const child = await bundleForNode('test/reliability/crash/autosave-child.ts');
    const run = spawnSync('bash', ['-c', `ulimit -f ${limitKb} && exec "$0" "$@"`, process.execPath, child, dataDir, caseId, questions.slice(0, 4).join(','), fields.slice(0, 2).join(',')], {
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(run.status, run.stderr).toBe(3);
    expect(run.stderr).toContain('"code":"STORAGE"');
    expect(run.stderr).toMatch(/kein Platz mehr frei|Schreibfehler/);
    const acks = new Map<string, number>();
    for (const line of run.stdout.split('\n')) {
      const [word, key, n] = line.split(' ');
      if (word === 'ack' && key && n) acks.set(key, Number(n));
    }
    const sqlite = new BetterSqlite3(databaseFile(dataDir), { readonly: true });
    const integrity = sqlite.pragma('integrity_check', { simple: true });
    const comments = new Map((sqlite.prepare('SELECT question_id AS id, comment FROM answers WHERE case_id = ?').all(caseId) as { id: string; comment: string }[]).map((row) => [`answer:${row.id}`, Number(row.comment)]));
    const summaries = new Map((sqlite.prepare('SELECT field_id AS id, summary FROM field_summaries WHERE case_id = ?').all(caseId) as { id: string; summary: string }[]).map((row) => [`summary:${row.id}`, Number(row.summary)]));
    sqlite.close();
    const lost = [...acks].filter(([key, n]) => ((comments.get(key) ?? summaries.get(key)) ?? -1) < n);
    expect(integrity).toBe('ok');
    expect(lost).toEqual([]);
    figures['file-size limit: writes acknowledged before the disk was full'] = [...acks.values()].reduce((max, n) => Math.max(max, n + 1), 0);
    figures['file-size limit: acknowledged writes lost'] = lost.length;
    figures['file-size limit: integrity'] = integrity as string;
  });
});

describe('a write-protected data folder', () => {
  it('at start: the CLI explains in German, exits, and leaves the database byte for byte as it was', async () => {
    const dataDir = tempDir('familienaudit-readonly-');
    const app = await testBackend({ dataDir });
    await app.call('cases.create', { municipalityName: 'Schreibschutz', ags: '05711000', kind: 'kommune' });
    await app.backend.close();
    const file = databaseFile(dataDir);
    const hashBefore = sha256(file);
    const filesBefore = readdirSync(dataDir).sort();
    chmodSync(file, 0o444);
    chmodSync(dataDir, 0o555);
    chmodSync(join(dataDir, '..'), statSync(join(dataDir, '..')).mode | 0o001);
    try {
      const cli = await bundleForNode('electron/cli/main.ts');
      const run = spawnSync(process.execPath, [cli, '--data-dir', dataDir, 'cases', 'list'], { encoding: 'utf8', ...unprivileged, env: { ...process.env, HOME: dataDir } });
      expect(run.status, run.stderr).toBe(1);
      expect(run.stderr).toContain('Familienaudit kann im Datenordner nicht schreiben.');
      expect(run.stderr).toContain('schreibgeschützt');
      expect(run.stderr).not.toMatch(/SQLITE_|Error:|at /);
    } finally {
      chmodSync(dataDir, 0o755);
      chmodSync(file, 0o644);
    }
    expect(sha256(file)).toBe(hashBefore);
    expect(readdirSync(dataDir).sort()).toEqual(filesBefore);
    figures['read-only folder at start: bytes changed'] = 0;
  });

  it('a data folder that cannot be created is explained too, and nothing is left behind', async () => {
    const parent = tempDir('familienaudit-readonly-parent-');
    chmodSync(parent, 0o555);
    try {
      const cli = await bundleForNode('electron/cli/main.ts');
      const dataDir = join(parent, 'Familienaudit');
      const run = spawnSync(process.execPath, [cli, '--data-dir', dataDir, 'cases', 'list'], { encoding: 'utf8', ...unprivileged, env: { ...process.env, HOME: parent } });
      expect(run.status, run.stderr).toBe(1);
      expect(run.stderr).toContain('schreibgeschützt');
      expect(existsSync(dataDir)).toBe(false);
    } finally {
      chmodSync(parent, 0o755);
    }
  });

  it('while running: every write is refused in German and changes nothing; reading still works; writing resumes when the folder is writable again', async () => {
    const app = await testBackend();
    const { id: caseId } = await app.call('cases.create', { municipalityName: 'Nurlesen', ags: '05711000', kind: 'kommune' });
    const [questionId] = await textQuestions(app, caseId);
    const sqlite = app.backend.database.sqlite;
    // What SQLite reports when the file or folder turns read-only under it (a write-protected stick, a remounted share).
    sqlite.pragma('query_only = ON');
    const before = snapshotRows(sqlite);
    const attempts = [
      app.invoke('questionnaire.saveAnswer', { caseId, questionId: questionId!, value: 'Neu' }),
      app.invoke('cases.create', { municipalityName: 'Zweite', ags: '05711000', kind: 'kommune' }),
      app.invoke('cases.setArchived', { id: caseId, archived: true }),
      app.invoke('scoring.saveSummary', { caseId, fieldId: 'hf1', summary: 'Neu' }),
    ];
    const results = await Promise.all(attempts);
    for (const result of results) {
      expect(result, JSON.stringify(result)).toMatchObject({ ok: false, error: { code: 'STORAGE' } });
      expect(!result.ok && result.error.message).toContain('schreibgeschützt');
    }
    expect(snapshotRows(sqlite)).toEqual(before);
    expect(await app.invoke('cases.get', { id: caseId })).toMatchObject({ ok: true, value: { municipalityName: 'Nurlesen' } });
    sqlite.pragma('query_only = OFF');
    expect(await app.invoke('questionnaire.saveAnswer', { caseId, questionId: questionId!, value: 'Neu' })).toMatchObject({ ok: true });
    figures['read-only while running: writes refused'] = results.length;
    figures['read-only while running: rows changed'] = 0;
  });
});

afterAll(() => {
  figures['read-only tests ran as'] = RUNS_AS_ROOT ? 'nobody (uid 65534), since root ignores permissions' : `uid ${process.getuid?.() ?? '?'}`;
  printFigures('Disk full and write-protected data folder', figures);
});

