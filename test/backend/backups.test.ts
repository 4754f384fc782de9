import BetterSqlite3 from 'better-sqlite3';
import { copyFileSync, existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupDir } from '../../electron/backend/db/backup-files';
import { adviseOnOpenFailure } from '../../electron/backend/backups/open-failure';
import { openWithRecovery } from '../../electron/backend/backups/open-with-recovery';
import { replaceDatabaseFile } from '../../electron/backend/backups/recovery';
import type { Clock } from '../../electron/backend/clock';
import { databaseFile } from '../../electron/backend/data-dir';
import { openDatabase } from '../../electron/backend/db/database-factory';
import { MIGRATIONS } from '../../electron/backend/db/migrations';
import { DatabaseOpenError } from '../../electron/backend/errors';
import { testBackend } from '../helpers/backend';
import { nextVersion, rawCatalogue } from '../helpers/catalogues';
import { corruptTable } from '../helpers/corrupt';
import { tempDir } from '../helpers/temp-dir';
import { base64, editWorkbook, exportTemplate, setAnswer } from '../helpers/workbooks';

function movableClock(start: string) {
  let now = Date.parse(start);
  const clock: Clock = { nowIso: () => new Date(now).toISOString(), today: () => new Date(now).toISOString().slice(0, 10) };
  return { clock, advanceDays: (days: number) => (now += days * 86_400_000) };
}

const newCase = (name: string) => ({ municipalityName: name, ags: '05711000', kind: 'kommune' as const });

function integrity(file: string): string {
  const sqlite = new BetterSqlite3(file, { readonly: true });
  try {
    return sqlite.pragma('integrity_check', { simple: true }) as string;
  } finally {
    sqlite.close();
  }
}

describe('backups', () => {
  it('takes a checked start-up backup at most once a day', async () => {
    const dataDir = tempDir();
    const { clock, advanceDays } = movableClock('2026-11-21T08:00:00.000Z');
    const first = await testBackend({ dataDir, clock });
    expect((await first.call('backups.list', {})).map((backup) => backup.kind)).toEqual(['start']);
    await first.backend.close();
    const again = await testBackend({ dataDir, clock });
    expect(await again.call('backups.list', {})).toHaveLength(1);
    await again.backend.close();
    advanceDays(1);
    const nextDay = await testBackend({ dataDir, clock });
    const list = await nextDay.call('backups.list', {});
    expect(list.map((backup) => [backup.kind, backup.createdAt.slice(0, 10)])).toEqual([
      ['start', '2026-11-22'],
      ['start', '2026-11-21'],
    ]);
    for (const backup of list) expect(integrity(join(backupDir(dataDir), backup.id))).toBe('ok');
    // Nothing else lies there: no half-written copies, no -wal or -shm files.
    expect(readdirSync(backupDir(dataDir)).sort()).toEqual(list.map((backup) => backup.id).sort());
  });

  it('backs up before an import, a catalogue import and deleting a case for good', async () => {
    const { call } = await testBackend();
    const doomed = await call('cases.create', newCase('Löschstadt'));
    await call('cases.moveToTrash', { id: doomed.id });
    await call('cases.deletePermanently', { id: doomed.id });
    const next = rawCatalogue('bw');
    next.version = nextVersion('bw');
    await call('catalogues.import', { content: JSON.stringify(next) });
    expect((await call('backups.list', {})).map((backup) => backup.kind).sort()).toEqual(['delete', 'import', 'start']);
  });

  it('backs up before a questionnaire import that changes answers, not before one that changes none', async () => {
    const app = await testBackend();
    const { id } = await app.call('cases.create', newCase('Importstadt'));
    const filled = await editWorkbook(await exportTemplate(app, id), (workbook) => setAnswer(workbook, 'hf1.projektleitung', 'Frau Beispiel'));
    const input = { caseId: id, fileName: 'ausgefuellt.xlsx', contentBase64: base64(filled) };
    expect(await app.call('questionnaire.applyImport', input)).toMatchObject({ written: true, applied: 1 });
    expect(await app.call('questionnaire.applyImport', input)).toMatchObject({ written: true, applied: 0 });
    expect((await app.call('backups.list', {})).map((backup) => backup.kind).sort()).toEqual(['import', 'start']);
  });

  it('takes no backup for an import that is refused before anything is written', async () => {
    const { call, invoke } = await testBackend();
    const { id } = await call('cases.create', newCase('Importstadt'));
    expect(await invoke('catalogues.import', { content: '{"kein": "Katalog"}' })).toMatchObject({ ok: false });
    const garbage = { caseId: id, fileName: 'kaputt.xlsx', contentBase64: Buffer.from('keine Arbeitsmappe').toString('base64'), overwrite: 'none' as const };
    expect(await call('questionnaire.applyImport', garbage)).toMatchObject({ written: false });
    expect((await call('backups.list', {})).map((backup) => backup.kind)).toEqual(['start']);
  });

  it('restores a backup in place, keeps the state before as a backup, and tells the windows', async () => {
    const { call, backend, dataDir } = await testBackend();
    const events: string[] = [];
    backend.events.subscribe((event) => events.push(event));
    await call('cases.create', newCase('Vorher'));
    const backup = await call('backups.create', {});
    expect(backup.kind).toBe('manual');
    await call('cases.create', newCase('Nachher'));

    const result = await call('backups.restore', { backupId: backup.id });
    expect(result).toMatchObject({ caseCount: 1, safetyBackup: { kind: 'restore' } });
    expect((await call('cases.list', {})).items.map((item) => item.municipalityName)).toEqual(['Vorher']);
    expect(events).toContain('data.restored');

    const safety = new BetterSqlite3(join(backupDir(dataDir), result.safetyBackup.id), { readonly: true });
    expect((safety.prepare('SELECT municipality_name AS name FROM cases ORDER BY name').all() as { name: string }[]).map((row) => row.name)).toEqual(['Nachher', 'Vorher']);
    safety.close();
    // The catalogues came back with the data, and the app keeps working on the restored state.
    expect((await call('catalogues.list', {})).length).toBeGreaterThanOrEqual(2);
    await call('cases.create', newCase('Danach'));
    expect((await call('cases.list', {})).items).toHaveLength(2);
  });

  it('restores a backup from an older schema version by upgrading a copy of it', async () => {
    const dir = tempDir();
    const oldFile = join(dir, 'alt.sqlite');
    const old = openDatabase({ file: oldFile, appVersion: '0.0.1', migrations: MIGRATIONS.slice(0, 1) });
    old.sqlite
      .prepare(
        `INSERT INTO cases (id, municipality_name, ags, kind, bundesland, procedure_id, audit_round, created_at, updated_at)
         VALUES ('6f1f3c1e-4b7a-4d2e-9a55-0c1b2d3e4f50', 'Altstadt', '05711000', 'kommune', '05', 'audit-familiengerechte-kommune', 'erstaudit', '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z')`,
      )
      .run();
    await old.close();
    const { call, backend } = await testBackend();
    await backend.backups.restoreFromFile(oldFile, 'alt.sqlite');
    const detail = await call('cases.get', { id: '6f1f3c1e-4b7a-4d2e-9a55-0c1b2d3e4f50' });
    expect(detail.municipalityName).toBe('Altstadt');
    expect(integrity(oldFile)).toBe('ok');
  });

  it('restores what SQLite reads from a file with a leftover WAL, not only the main file', async () => {
    const dir = tempDir();
    const source = await testBackend({ dataDir: join(dir, 'quelle') });
    await source.call('cases.create', newCase('Hauptdatei'));
    source.backend.database.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    source.backend.database.sqlite.pragma('wal_autocheckpoint = 0');
    await source.call('cases.create', newCase('Nur im WAL'));
    // As after a crash: the main file and its -wal side by side, the second case only in the WAL.
    const leftover = join(dir, 'mit-wal.sqlite');
    copyFileSync(databaseFile(source.dataDir), leftover);
    copyFileSync(`${databaseFile(source.dataDir)}-wal`, `${leftover}-wal`);
    const { call, backend } = await testBackend();
    const result = await backend.backups.restoreFromFile(leftover, 'mit-wal.sqlite');
    expect(result.caseCount).toBe(2);
    expect((await call('cases.list', {})).items.map((item) => item.municipalityName).sort()).toEqual(['Hauptdatei', 'Nur im WAL']);
  });

  it.each([
    { name: 'kein SQLite', content: Buffer.from('Das ist keine Datenbank').toString('base64'), message: /keine lesbare Datenbank/ },
    { name: 'fremde Datenbank', content: 'foreign', message: /keine Familienaudit-Datenbank/ },
  ])('refuses $name with a German message and changes nothing', async ({ content, message }) => {
    const { call, invoke } = await testBackend();
    await call('cases.create', newCase('Bleibt'));
    let contentBase64 = content;
    if (content === 'foreign') {
      const file = join(tempDir(), 'fremd.sqlite');
      const foreign = new BetterSqlite3(file);
      foreign.exec('CREATE TABLE kunden (id INTEGER PRIMARY KEY)');
      foreign.close();
      const { readFileSync } = await import('node:fs');
      contentBase64 = readFileSync(file).toString('base64');
    }
    const result = await invoke('backups.restore', { fileName: 'x.sqlite', contentBase64 });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringMatching(message) } });
    expect((await call('cases.list', {})).items.map((item) => item.municipalityName)).toEqual(['Bleibt']);
    expect((await call('backups.list', {})).map((backup) => backup.kind)).toEqual(['start']);
  });

  it('refuses an unknown or path-like backup id', async () => {
    const { invoke } = await testBackend();
    for (const backupId of ['../familienaudit.sqlite', '2026-11-21T10-00-00-000Z__manual__deadbeef.sqlite']) {
      const result = await invoke('backups.restore', { backupId });
      expect(result.ok, backupId).toBe(false);
    }
  });

  it('rotates: one a day for a week, one a week for a month, manual ones stay', async () => {
    const dataDir = tempDir();
    const { clock, advanceDays } = movableClock('2026-09-01T08:00:00.000Z');
    const { call, backend } = await testBackend({ dataDir, clock });
    await call('backups.create', {});
    await backend.close();
    for (let day = 1; day <= 60; day += 1) {
      advanceDays(1);
      const next = await testBackend({ dataDir, clock });
      await next.backend.close();
    }
    const last = await testBackend({ dataDir, clock });
    const kinds = (await last.call('backups.list', {})).map((backup) => backup.kind);
    expect(kinds.filter((kind) => kind === 'manual')).toHaveLength(1);
    expect(kinds.filter((kind) => kind === 'start').length).toBeLessThanOrEqual(7 + 4);
    expect(kinds.filter((kind) => kind === 'start').length).toBeGreaterThanOrEqual(7);
  }, 60_000);

  it('never overwrites a file when writing a backup elsewhere', async () => {
    const { backend } = await testBackend();
    const target = join(tempDir(), 'sicherung.sqlite');
    writeFileSync(target, 'wichtig');
    await expect(backend.backups.exportTo(target)).rejects.toThrow(/existiert bereits/);
    const fresh = join(tempDir(), 'neu.sqlite');
    expect((await backend.backups.exportTo(fresh)).sizeBytes).toBeGreaterThan(0);
    expect(integrity(fresh)).toBe('ok');
  });
});

describe('a damaged database', () => {
  it('is detected on start, explained in German with the newest good backup, and replaced without deleting it', async () => {
    const dataDir = tempDir();
    const first = await testBackend({ dataDir });
    await first.call('cases.create', newCase('Gerettet'));
    await first.call('backups.create', {});
    await first.backend.close();
    corruptTable(databaseFile(dataDir), 'cases');

    const failure = await testBackend({ dataDir }).then(
      () => null,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(DatabaseOpenError);
    expect((failure as DatabaseOpenError).reason).toBe('corrupt');
    const advice = adviseOnOpenFailure(failure as DatabaseOpenError, dataDir);
    expect(advice.message).toMatch(/beschädigt[\s\S]*neueste intakte Sicherung ist vom .* \(1 Auditfall\)/);
    expect(advice.backup?.kind).toBe('manual');

    const movedTo = replaceDatabaseFile(dataDir, advice.backup!.file, new Date('2026-11-21T10:00:00Z'));
    expect(movedTo && existsSync(movedTo)).toBe(true);
    const restored = await testBackend({ dataDir });
    expect((await restored.call('cases.list', {})).items.map((item) => item.municipalityName)).toEqual(['Gerettet']);
  });
});

describe('openWithRecovery', () => {
  async function damagedFolderWithBackup(): Promise<string> {
    const dataDir = tempDir();
    const first = await testBackend({ dataDir });
    await first.call('cases.create', newCase('Gerettet'));
    await first.call('backups.create', {});
    await first.backend.close();
    return dataDir;
  }

  it('asks, sets the unusable database aside and opens the backup when the auditor agrees', async () => {
    const dataDir = await damagedFolderWithBackup();
    corruptTable(databaseFile(dataDir), 'cases');
    const asked: string[] = [];
    const backend = await openWithRecovery({
      dataDir,
      open: () => testBackend({ dataDir }),
      confirmRestore: async (advice) => {
        asked.push(advice.message);
        return true;
      },
    });
    expect(asked).toEqual([expect.stringMatching(/beschädigt/)]);
    expect((await backend.call('cases.list', {})).items.map((item) => item.municipalityName)).toEqual(['Gerettet']);
    expect(readdirSync(join(dataDir, 'beiseitegelegt')).filter((name) => name.endsWith('familienaudit.sqlite'))).toHaveLength(1);
  });

  it('offers the backup for a database from a newer version too, and leaves everything alone when declined', async () => {
    const dataDir = await damagedFolderWithBackup();
    const raw = new BetterSqlite3(databaseFile(dataDir));
    raw.pragma('user_version = 999');
    raw.close();
    const attempt = openWithRecovery({ dataDir, open: () => testBackend({ dataDir }), confirmRestore: async () => false });
    await expect(attempt).rejects.toThrow(/neueren Version[\s\S]*neueste intakte Sicherung/);
    expect(existsSync(join(dataDir, 'beiseitegelegt'))).toBe(false);
  });

  it('does not ask when there is no backup to offer', async () => {
    const dataDir = tempDir();
    writeFileSync(databaseFile(dataDir), 'kein SQLite, sondern Text');
    let asked = false;
    const attempt = openWithRecovery({
      dataDir,
      open: () => testBackend({ dataDir }),
      confirmRestore: async () => (asked = true),
    });
    await expect(attempt).rejects.toThrow(/keine intakte Sicherung/);
    expect(asked).toBe(false);
  });
});
