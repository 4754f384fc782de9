import BetterSqlite3 from 'better-sqlite3';
import { openSync, writeSync, closeSync } from 'node:fs';

/**
 * Damages a closed database the way a failing disk would: garbage over the pages of a table's
 * B-tree, leaving the header intact so that SQLite still opens the file.
 */
export function corruptTable(file: string, table: string): void {
  const probe = new BetterSqlite3(file);
  probe.pragma('wal_checkpoint(TRUNCATE)');
  const pageSize = probe.pragma('page_size', { simple: true }) as number;
  const { rootpage } = probe.prepare("SELECT rootpage FROM sqlite_master WHERE name = ? AND type = 'table'").get(table) as { rootpage: number };
  probe.close();
  const fd = openSync(file, 'r+');
  try {
    writeSync(fd, Buffer.alloc(pageSize, 0x5a), 0, pageSize, (rootpage - 1) * pageSize);
  } finally {
    closeSync(fd);
  }
}
