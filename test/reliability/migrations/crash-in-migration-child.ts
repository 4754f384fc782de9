/**
 * Opens a database and runs the migrations up to VERSION, but hangs inside the last one, after
 * its changes are made and before its transaction commits, and says so; the parent kills it there.
 */
import { writeSync } from 'node:fs';
import { openDatabase } from '../../../electron/backend/db/database-factory';
import { MIGRATIONS } from '../../../electron/backend/db/migrations';

const [file, versionArg] = process.argv.slice(2);
const version = Number(versionArg);
if (!file || !Number.isInteger(version)) throw new Error('usage: crash-in-migration-child FILE VERSION');

const migrations = MIGRATIONS.slice(0, version).map((migration) =>
  migration.version !== version
    ? migration
    : {
        ...migration,
        up(db: Parameters<typeof migration.up>[0]) {
          migration.up(db);
          writeSync(1, 'inside\n');
          for (;;) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1000);
        },
      },
);
openDatabase({ file, appVersion: 'crash-test', migrations });
