import BetterSqlite3 from 'better-sqlite3';
import { existsSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/backend/db/database-factory';
import { MIGRATIONS } from '../../electron/backend/db/migrations';
import type { Migration } from '../../electron/backend/db/migrations/migration';
import { DatabaseOpenError } from '../../electron/backend/errors';
import { testBackend } from '../helpers/backend';
import { corruptTable } from '../helpers/corrupt';
import { tempDir } from '../helpers/temp-dir';

const addNotesTable: Migration = {
  version: MIGRATIONS.length + 1,
  name: 'test: notes table',
  up: (db) => db.exec('CREATE TABLE test_notes (id INTEGER PRIMARY KEY, case_id TEXT REFERENCES cases(id), text TEXT NOT NULL)'),
};

const failingMigration: Migration = {
  version: MIGRATIONS.length + 1,
  name: 'test: fails halfway',
  up: (db) => {
    db.exec('CREATE TABLE half_done (id INTEGER)');
    throw new Error('boom');
  },
};

describe('openDatabase', () => {
  it('sets WAL, synchronous=FULL and foreign keys, and migrates to the latest version', async () => {
    const file = join(tempDir(), 'db.sqlite');
    const database = openDatabase({ file, appVersion: '1.0.0' });
    expect(database.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(database.sqlite.pragma('synchronous', { simple: true })).toBe(2);
    expect(database.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(database.sqlite.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    expect(database.preMigrationBackup).toBeNull();
    await database.close();
  });

  it('refuses a database written by a newer app version and leaves it unchanged', async () => {
    const file = join(tempDir(), 'db.sqlite');
    const newer = openDatabase({ file, appVersion: '9.0.0', migrations: [...MIGRATIONS, addNotesTable] });
    await newer.close();

    let error: unknown;
    try {
      openDatabase({ file, appVersion: '1.0.0' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(DatabaseOpenError);
    expect((error as DatabaseOpenError).reason).toBe('too-new');
    expect((error as Error).message).toMatch(/neueren Version von Familienaudit \(9\.0\.0\)/);
    expect((error as Error).message).toMatch(/Bitte installieren Sie die aktuelle Version/);

    const raw = new BetterSqlite3(file, { readonly: true });
    expect(raw.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length + 1);
    raw.close();
  });

  it('backs up the database before a pending migration, with the data as it was', async () => {
    const dir = tempDir();
    const file = join(dir, 'db.sqlite');
    const old = openDatabase({ file, appVersion: '1.0.0' });
    old.sqlite.prepare("INSERT INTO app_meta (key, value) VALUES ('marker', 'before')").run();
    await old.close();

    const upgraded = openDatabase({ file, appVersion: '2.0.0', migrations: [...MIGRATIONS, addNotesTable] });
    expect(upgraded.preMigrationBackup).not.toBeNull();
    const backupFile = upgraded.preMigrationBackup as string;
    expect(existsSync(backupFile)).toBe(true);
    expect(readdirSync(join(dir, 'backups'))).toHaveLength(1);
    await upgraded.close();

    const backup = new BetterSqlite3(backupFile, { readonly: true });
    expect(backup.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    expect(backup.prepare("SELECT value FROM app_meta WHERE key = 'marker'").get()).toEqual({ value: 'before' });
    expect(backup.pragma('integrity_check', { simple: true })).toBe('ok');
    backup.close();
  });

  it('rolls a failing migration back completely', async () => {
    const file = join(tempDir(), 'db.sqlite');
    const old = openDatabase({ file, appVersion: '1.0.0' });
    await old.close();

    expect(() => openDatabase({ file, appVersion: '2.0.0', migrations: [...MIGRATIONS, failingMigration] })).toThrow('boom');

    const raw = new BetterSqlite3(file, { readonly: true });
    expect(raw.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    expect(raw.prepare("SELECT name FROM sqlite_master WHERE name = 'half_done'").get()).toBeUndefined();
    raw.close();
  });

  it('explains in German when the file is not a database', () => {
    const file = join(tempDir(), 'db.sqlite');
    writeFileSync(file, 'this is not sqlite, just text '.repeat(100));
    expect(() => openDatabase({ file, appVersion: '1.0.0' })).toThrow(/keine lesbare Familienaudit-Datenbank oder beschädigt/);
  });
});

describe('closing', () => {
  it('closes the handle and folds the write-ahead log into the file, even when Kysely was never used', async () => {
    const dir = tempDir();
    const database = openDatabase({ file: join(dir, 'db.sqlite'), appVersion: '1.0.0' });
    database.sqlite.prepare("INSERT INTO app_meta (key, value) VALUES ('k', 'v')").run();
    await database.close();
    expect(database.sqlite.open).toBe(false);
    // No -wal or -shm left; the note of the clean close lies beside the file.
    expect(readdirSync(dir).sort()).toEqual(['db.sqlite', 'db.sqlite.sauber-geschlossen']);
  });
});

describe('the page check at start-up', () => {
  async function closedCleanly(): Promise<string> {
    const file = join(tempDir(), 'db.sqlite');
    const database = openDatabase({ file, appVersion: '1.0.0' });
    database.sqlite.exec(
      `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000)
       INSERT INTO catalogues (id, version, name, content, content_sha256, source, installed_at) SELECT 'k' || i, 1, 'K', printf('%0500d', i), 'h', 'import', 't' FROM n`,
    );
    await database.close();
    return file;
  }

  it('is skipped after a clean close when nothing touched the file, and the note is taken away on open', async () => {
    const file = await closedCleanly();
    // Damage the file, then make the note match it again: the open trusts the note and does not read every page.
    corruptTable(file, 'catalogues');
    const { size, mtimeMs } = statSync(file);
    writeFileSync(`${file}.sauber-geschlossen`, JSON.stringify({ size, mtimeMs }));
    const database = openDatabase({ file, appVersion: '1.0.0' });
    expect(existsSync(`${file}.sauber-geschlossen`)).toBe(false);
    await database.close();
  });

  it('is noted after the app closes, also when queries went through Kysely', async () => {
    const { backend, dataDir } = await testBackend();
    await backend.dispatch('cases.list', {});
    await backend.close();
    expect(readdirSync(dataDir)).toContain('familienaudit.sqlite.sauber-geschlossen');
  });

  it.each([
    ['the file was changed after the clean close', (file: string) => corruptTable(file, 'catalogues')],
    ['there is no note of a clean close (a crash)', (file: string) => { rmSync(`${file}.sauber-geschlossen`); corruptTable(file, 'catalogues'); }],
  ])('runs when %s, and finds the damage', async (_label, damage) => {
    const file = await closedCleanly();
    damage(file);
    expect(() => openDatabase({ file, appVersion: '1.0.0' })).toThrow(expect.objectContaining({ reason: 'corrupt' }));
  });
});

describe('case data tables', () => {
  it('refuses a table that belongs to no case, so that the change log and the transfer cannot miss it', async () => {
    const orphan: Migration = { version: MIGRATIONS.length + 1, name: 'test: orphan', up: (db) => db.exec('CREATE TABLE loose_notes (id INTEGER PRIMARY KEY)') };
    expect(() => openDatabase({ file: join(tempDir(), 'db.sqlite'), appVersion: '1.0.0', migrations: [...MIGRATIONS, orphan] })).toThrow(/loose_notes belongs to no case/);
  });
});
