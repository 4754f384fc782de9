import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { backupDir } from '../../electron/backend/db/backup-files';
import { databaseFile } from '../../electron/backend/data-dir';
import { openDatabase } from '../../electron/backend/db/database-factory';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../electron/backend/db/migrations';
import { testBackend } from '../helpers/backend';
import { tempDir } from '../helpers/temp-dir';
import { bundleForNode } from '../../scripts/bundle-for-node';
import { printFigures } from './figures';
import { fillAsVersion, MOVED_TABLES, RENAMED_COLUMNS, SEEDED_CASE_ID, snapshotRows, VISIBLE_AFTER_UPGRADE } from './migrations/versioned-data';

const earlierVersions = MIGRATIONS.map((migration) => migration.version).filter((version) => version < LATEST_SCHEMA_VERSION);
const figures = { upgraded: 0, rowsChecked: 0, valuesLost: 0, crashes: 0, restorable: 0 };

/** A data folder whose database an app at `version` wrote, filled with that version's data. */
function databaseAt(version: number): { dataDir: string; file: string } {
  const dataDir = tempDir('familienaudit-migrate-');
  const file = databaseFile(dataDir);
  if (version > 0) {
    const old = openDatabase({ file, appVersion: `schema-${version}`, migrations: MIGRATIONS.slice(0, version) });
    fillAsVersion(old.sqlite, version);
    void old.close();
  }
  return { dataDir, file };
}

function readRows(file: string): { version: number; integrity: string; rows: ReturnType<typeof snapshotRows> } {
  const sqlite = new BetterSqlite3(file, { readonly: true });
  try {
    return { version: sqlite.pragma('user_version', { simple: true }) as number, integrity: sqlite.pragma('integrity_check', { simple: true }) as string, rows: snapshotRows(sqlite) };
  } finally {
    sqlite.close();
  }
}

/** Every value of every row from before is still there, under its column's current name. Returns the values that went missing. */
function missingValues(before: ReturnType<typeof snapshotRows>, after: ReturnType<typeof snapshotRows>): string[] {
  const missing: string[] = [];
  for (const [table, rows] of before) {
    if (table === 'app_meta') continue;
    const moved = MOVED_TABLES[table];
    const current = after.get(moved?.to ?? table) ?? [];
    for (const row of rows) {
      figures.rowsChecked += 1;
      const renamed = Object.fromEntries(Object.entries(row).map(([column, value]) => [moved?.columns[column] ?? RENAMED_COLUMNS[table]?.[column] ?? column, value]));
      const found = current.some((candidate) => Object.entries(renamed).every(([column, value]) => Buffer.isBuffer(value) ? value.equals(candidate[column] as Buffer) : candidate[column] === value));
      if (!found) missing.push(`${table}: ${JSON.stringify(renamed).slice(0, 160)}`);
    }
  }
  return missing;
}

async function expectVisibleInApp(dataDir: string, version: number): Promise<void> {
  const { invoke, backend } = await testBackend({ dataDir });
  for (let k = 1; k <= version; k += 1) {
    for (const { method, texts } of VISIBLE_AFTER_UPGRADE[k] ?? []) {
      const result = await invoke(method, method === 'cases.get' ? { id: SEEDED_CASE_ID } : { caseId: SEEDED_CASE_ID });
      expect(result.ok, `${method} after upgrading from ${version}: ${JSON.stringify(result).slice(0, 300)}`).toBe(true);
      for (const text of texts) expect(JSON.stringify(result), `${method} shows „${text}“ written at version ${k}`).toContain(text);
    }
  }
  await backend.close();
}

/** Runs the migrations to `version` in a child that hangs inside that migration's transaction, and kills it there. */
function crashInside(childFile: string, file: string, version: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [childFile, file, String(version)], { stdio: ['ignore', 'pipe', 'inherit'] });
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      if (chunk.includes('inside')) child.kill('SIGKILL');
    });
    child.on('error', reject);
    child.on('exit', (_code, signal) => (signal === 'SIGKILL' ? resolve() : reject(new Error(`migration child ended without being killed (${String(signal)})`))));
  });
}

describe('migrations under real conditions', () => {
  it.each(earlierVersions)('a database written at schema version %i, full of data, upgrades to the latest without losing a value', async (version) => {
    const { dataDir, file } = databaseAt(version);
    const before = readRows(file);
    await expectVisibleInApp(dataDir, version);
    const after = readRows(file);
    expect(after.version).toBe(LATEST_SCHEMA_VERSION);
    expect(after.integrity).toBe('ok');
    const missing = missingValues(before.rows, after.rows);
    figures.valuesLost += missing.length;
    expect(missing).toEqual([]);
    figures.upgraded += 1;
  });

  it.each(MIGRATIONS.map((migration) => migration.version))('a crash inside migration %i leaves the database as it was, a verified backup, and an app that upgrades on the next start', async (version) => {
    const childFile = await bundleForNode('test/reliability/migrations/crash-in-migration-child.ts');
    const { dataDir, file } = databaseAt(version - 1);
    const before = version > 1 ? readRows(file) : null;
    await crashInside(childFile, file, version);
    figures.crashes += 1;

    const afterCrash = readRows(file);
    expect(afterCrash.version).toBe(version - 1);
    expect(afterCrash.integrity).toBe('ok');
    if (before) {
      expect(afterCrash.rows).toEqual(before.rows);
      const backups = readdirSync(backupDir(dataDir)).filter((name) => name.includes('__migration__'));
      expect(backups).toHaveLength(1);
      const backup = readRows(join(backupDir(dataDir), backups[0]!));
      expect(backup.integrity).toBe('ok');
      expect(backup.rows).toEqual(before.rows);
    }
    await expectVisibleInApp(dataDir, version - 1);
    expect(readRows(file).version).toBe(LATEST_SCHEMA_VERSION);
    figures.restorable += 1;
  });

  afterAll(() => {
    printFigures('Migrations: upgrades from every earlier schema version, crashes inside each migration', {
      'schema versions upgraded to the latest': `${figures.upgraded} of ${earlierVersions.length}`,
      'rows compared value by value': figures.rowsChecked,
      'values lost': figures.valuesLost,
      'crashes inside a migration': figures.crashes,
      'left a restorable state': `${figures.restorable} of ${figures.crashes}`,
    });
  });
});
