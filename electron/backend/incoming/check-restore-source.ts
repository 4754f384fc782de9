import type { Database } from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { historyTableNames } from '../db/retired-tables';
import { validateCatalogue } from '../../../shared/catalogue/validate-catalogue';
import { indexCatalogue, type CatalogueIndex } from './catalogue-row-rules';
import { changeLogEntryRule } from './change-log-entries';
import { checkIncomingCase, storedCase } from './check-case-data';
import type { IncomingProblem } from './incoming-problem';

const MAX_PROBLEMS = 25;

interface CatalogueRow {
  id: string;
  version: number;
  name: string;
  content: string;
  content_sha256: string;
}

function catalogueIndexes(sqlite: Database, problems: IncomingProblem[]): Map<string, CatalogueIndex> {
  const indexes = new Map<string, CatalogueIndex>();
  const rows = sqlite.prepare('SELECT id, version, name, content, content_sha256 FROM catalogues').all() as CatalogueRow[];
  rows.forEach((row, index) => {
    const refuse = (message: string) => problems.push({ table: 'catalogues', row: index, column: null, message: `„${row.name}“ Version ${row.version}: ${message}` });
    if (createHash('sha256').update(row.content).digest('hex') !== row.content_sha256) return refuse('Die Prüfsumme passt nicht zum Inhalt.');
    let data: unknown;
    try {
      data = JSON.parse(row.content);
    } catch {
      return refuse('Der Inhalt ist kein gültiges JSON.');
    }
    const check = validateCatalogue(data);
    if (!check.ok) return refuse(`Der Katalog ist ungültig (${check.problems.slice(0, 2).join(' · ')}).`);
    if (check.catalogue.id !== row.id || check.catalogue.version !== row.version) return refuse('Kennung oder Version passen nicht zum Inhalt.');
    indexes.set(`${row.id}@${row.version}`, indexCatalogue(check.catalogue));
  });
  return indexes;
}

/**
 * Checks every row of a database that is to replace the app's data (a restore source already
 * brought to the current schema) by the same rules as a transferred case: its catalogues, each
 * case with all its rows, the references between them, and the history. A case may also use a
 * catalogue shipped with the app. Returns the problems.
 */
export function checkRestoreSource(sqlite: Database, shippedCatalogues: readonly unknown[]): IncomingProblem[] {
  const problems: IncomingProblem[] = [];
  const orphans = sqlite.prepare('PRAGMA foreign_key_check').all() as { table: string }[];
  for (const orphan of orphans.slice(0, 5)) problems.push({ table: orphan.table, row: null, column: null, message: 'Die Zeile verweist auf Daten, die es in der Sicherung nicht gibt.' });
  const catalogues = catalogueIndexes(sqlite, problems);
  // The catalogues shipped with the app are installed again after every restore.
  for (const data of shippedCatalogues) {
    const check = validateCatalogue(data);
    const key = check.ok ? `${check.catalogue.id}@${check.catalogue.version}` : null;
    if (check.ok && key && !catalogues.has(key)) catalogues.set(key, indexCatalogue(check.catalogue));
  }
  const caseRows = sqlite.prepare('SELECT id, catalogue_id, catalogue_version FROM cases ORDER BY rowid').all() as { id: string; catalogue_id: string; catalogue_version: number }[];
  for (const row of caseRows) {
    if (problems.length >= MAX_PROBLEMS) break;
    problems.push(...checkIncomingCase(sqlite, storedCase(sqlite, row.id), catalogues.get(`${row.catalogue_id}@${row.catalogue_version}`) ?? null));
  }
  const rule = changeLogEntryRule({ caseId: null, tables: historyTableNames(sqlite) });
  let index = 0;
  for (const entry of sqlite.prepare('SELECT case_id, table_name, row_key, operation, old_values, new_values, changed_at, user_profile, origin FROM change_log ORDER BY seq').iterate() as IterableIterator<Record<string, unknown>>) {
    if (problems.length >= MAX_PROBLEMS) break;
    const problem = rule(entry, index++);
    if (problem) problems.push(problem);
  }
  return problems.slice(0, MAX_PROBLEMS);
}
