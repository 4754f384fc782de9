import type { Database } from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { caseDataTables } from '../../electron/backend/db/case-data-tables';
import { quoteIdentifier as quote } from '../../electron/backend/db/quote-identifier';
import { nameSortKeyOf } from '../../electron/backend/db/name-sort-keys';
import { pick, seededRandom } from './seeded-random';

const PREFIXES = ['Ober', 'Unter', 'Neu', 'Alt', 'Groß', 'Klein', 'Bad ', 'Sankt ', 'Hohen', 'Nieder'];
const STEMS = ['bach', 'feld', 'hausen', 'heim', 'dorf', 'stadt', 'burg', 'au', 'berg', 'brück', 'rode', 'weiler', 'ingen', 'kirchen'];
const ROOTS = ['Linden', 'Eichen', 'Wald', 'Mühl', 'Rosen', 'Stein', 'Sonnen', 'Kirch', 'Wiesen', 'Tannen', 'Buchen', 'Hasel', 'Fischer', 'Mark'];

type Row = Record<string, unknown>;

/**
 * Copies one finished case `count` times, in one transaction, with new ids everywhere and a
 * seeded municipality name and AGS each, so that a large database takes seconds, not hours.
 * The change-log triggers fire as for any insert, so the log grows as it would in real use.
 */
export function cloneCase(sqlite: Database, templateId: string, count: number, seed: number): void {
  const random = seededRandom(seed);
  const tables = caseDataTables(sqlite).map((table) => ({
    table,
    rows: sqlite.prepare(`SELECT * FROM ${quote(table.name)} AS r WHERE ${table.caseIdOf('r')} = ?`).all(templateId) as Row[],
  }));
  const template = tables.find(({ table }) => table.name === 'cases')!.rows[0]!;
  const inserts = new Map(
    tables.map(({ table, rows }) => {
      const columns = Object.keys(rows[0] ?? {});
      return [table.name, columns.length === 0 ? null : sqlite.prepare(`INSERT INTO ${quote(table.name)} (${columns.map(quote).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`)];
    }),
  );
  const ids = new Set<string>([templateId]);
  for (const { rows } of tables) for (const row of rows) if (typeof row.id === 'string') ids.add(row.id);

  sqlite.pragma('defer_foreign_keys = ON');
  sqlite.transaction(() => {
    for (let copy = 0; copy < count; copy += 1) {
      const map = new Map([...ids].map((id) => [id, randomUUID()]));
      const name = `${pick(random, PREFIXES)}${pick(random, ROOTS).toLowerCase()}${pick(random, STEMS)}`.replace(/^(.)/, (first) => first.toUpperCase());
      const land = 1 + Math.floor(random() * 16);
      const ags = `${String(land).padStart(2, '0')}${String(Math.floor(random() * 1e6)).padStart(6, '0')}`;
      for (const { table, rows } of tables) {
        const insert = inserts.get(table.name);
        if (!insert) continue;
        for (const row of rows) {
          const values = Object.entries(row).map(([column, value]) => {
            if (table.name === 'cases' && column === 'municipality_name') return name;
            if (table.name === 'cases' && column === 'ags') return ags;
            if (table.name === 'cases' && column === 'bundesland') return String(land).padStart(2, '0');
            if (table.name === 'cases' && column === 'name_sort_key') return nameSortKeyOf(name);
            if (table.name === 'cases' && column === 'search_text') {
              return String(value).replace(String(template.municipality_name).toLocaleLowerCase('de-DE'), name.toLocaleLowerCase('de-DE')).replace(String(template.ags), ags);
            }
            return typeof value === 'string' ? (map.get(value) ?? value) : value;
          });
          insert.run(...values);
        }
      }
    }
  })();
}
