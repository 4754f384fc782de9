import BetterSqlite3, { type Database } from 'better-sqlite3';
import { syncChangeLogTriggers } from '../db/change-log-triggers';
import { MIGRATIONS } from '../db/migrations';

interface SchemaEntry {
  type: string;
  name: string;
  tbl_name: string;
  sql: string | null;
}

const TYPE_LABELS = new Map([
  ['table', 'Tabelle'],
  ['index', 'Index'],
  ['trigger', 'Trigger'],
  ['view', 'Sicht'],
]);

function entriesOf(sqlite: Database): Map<string, SchemaEntry> {
  const rows = sqlite.prepare("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT IN ('sqlite_sequence', 'sqlite_stat1') ORDER BY name").all() as SchemaEntry[];
  return new Map(rows.map((row) => [row.name, row]));
}

/** The schema the app itself writes at `version`: every migration up to it, then the change-log triggers. */
function expectedSchema(version: number, nativeBinding?: string): Map<string, SchemaEntry> {
  const sqlite = new BetterSqlite3(':memory:', nativeBinding ? { nativeBinding } : {});
  try {
    for (const migration of MIGRATIONS.slice(0, version)) migration.up(sqlite);
    syncChangeLogTriggers(sqlite);
    return entriesOf(sqlite);
  } finally {
    sqlite.close();
  }
}

const describe = (entry: SchemaEntry) => `${TYPE_LABELS.get(entry.type) ?? entry.type} „${entry.name}“`;

/**
 * Compares a database's schema with exactly what this app writes at the database's version:
 * the same tables with the same columns, the same indexes, the app's own triggers and nothing
 * else. Only sqlite_master is read, so nothing the file defines (a trigger, a view) is executed.
 * Returns German descriptions of every difference.
 */
export function schemaDifferences(sqlite: Database, version: number, nativeBinding?: string): string[] {
  const expected = expectedSchema(version, nativeBinding);
  const actual = entriesOf(sqlite);
  const differences: string[] = [];
  for (const [name, entry] of expected) {
    const found = actual.get(name);
    if (!found) differences.push(`${describe(entry)} fehlt`);
    else if (found.type !== entry.type) differences.push(`„${name}“ ist ${TYPE_LABELS.get(found.type) ?? found.type} statt ${TYPE_LABELS.get(entry.type) ?? entry.type}`);
    else if (found.sql !== entry.sql || found.tbl_name !== entry.tbl_name) differences.push(`${describe(entry)} ist anders aufgebaut`);
  }
  for (const [name, entry] of actual) if (!expected.has(name)) differences.push(`${describe(entry)} gehört nicht zu Familienaudit`);
  // Tables first: a missing table explains its missing indexes and triggers.
  const weight = (text: string) => [...TYPE_LABELS.values()].findIndex((label) => text.includes(label));
  return differences.filter((text) => !text.includes('sqlite_autoindex_')).sort((a, b) => weight(a) - weight(b));
}
