import type { Database } from 'better-sqlite3';
import { germanSortKey } from '../../../shared/domain/german-sort-key';

/** The stored key; never empty, because an empty key marks a case still to be filled. */
export function nameSortKeyOf(name: string): string {
  return germanSortKey(name) || ' ';
}

/**
 * Gives every case without one its German sort key: after the migration that added the column,
 * and after a backup or transfer written without it. Found by the key's index, so with nothing
 * to fill it costs nothing at start.
 */
export function fillNameSortKeys(sqlite: Database): void {
  const hasColumn = sqlite.prepare("SELECT 1 FROM pragma_table_info('cases') WHERE name = 'name_sort_key'").get() !== undefined;
  if (!hasColumn) return;
  const missing = sqlite.prepare("SELECT id, municipality_name FROM cases WHERE name_sort_key = ''").all() as { id: string; municipality_name: string }[];
  if (missing.length === 0) return;
  const update = sqlite.prepare('UPDATE cases SET name_sort_key = ? WHERE id = ?');
  sqlite.transaction(() => {
    for (const row of missing) update.run(nameSortKeyOf(row.municipality_name), row.id);
  })();
}
