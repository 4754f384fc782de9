import type { Database } from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/backend/db/database-factory';
import { caseDataTables } from '../../electron/backend/db/case-data-tables';
import { tempDir } from '../helpers/temp-dir';

/** The columns each index of a table starts with, primary key and UNIQUE constraints included. */
function leadingColumns(sqlite: Database, table: string): Set<string> {
  const indexes = sqlite.prepare('SELECT name FROM pragma_index_list(?)').all(table) as { name: string }[];
  const leading = indexes.map(({ name }) => (sqlite.prepare('SELECT name FROM pragma_index_info(?) WHERE seqno = 0').get(name) as { name: string } | undefined)?.name);
  const rowidKey = (sqlite.prepare('SELECT name FROM pragma_table_info(?) WHERE pk = 1').get(table) as { name: string } | undefined)?.name;
  return new Set([...leading, rowidKey].filter((name): name is string => Boolean(name)));
}

function missingIndexes(sqlite: Database): string[] {
  const missing: string[] = [];
  for (const table of caseDataTables(sqlite)) {
    const indexed = leadingColumns(sqlite, table.name);
    const wanted = new Set(table.columns.some((column) => column.name === 'case_id') ? ['case_id'] : []);
    for (const key of sqlite.prepare('SELECT "from" FROM pragma_foreign_key_list(?)').all(table.name) as { from: string }[]) wanted.add(key.from);
    for (const column of wanted) if (!indexed.has(column)) missing.push(`${table.name}.${column}`);
  }
  return missing;
}

describe('the schema', () => {
  it('finds every table’s rows of one case, and every foreign key’s children, by an index', async () => {
    const database = openDatabase({ file: join(tempDir(), 'db.sqlite'), appVersion: '1.0.0' });
    try {
      expect(missingIndexes(database.sqlite)).toEqual([]);
      // The check can fail: a table read per case without an index is reported.
      database.sqlite.exec('CREATE TABLE test_unindexed (id TEXT PRIMARY KEY, case_id TEXT NOT NULL REFERENCES cases(id))');
      expect(missingIndexes(database.sqlite)).toEqual(['test_unindexed.case_id']);
    } finally {
      await database.close();
    }
  });
});
