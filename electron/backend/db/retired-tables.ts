import type { Database } from 'better-sqlite3';
import { caseDataTables } from './case-data-tables';

/** Case-data tables a migration replaced (013: workshops → participation_events); their history stays readable. */
const RETIRED_CASE_TABLES: readonly string[] = ['workshops'];

/** The tables a case's history entries may be about: today's case data and the retired tables. */
export function historyTableNames(sqlite: Database): Set<string> {
  return new Set([...caseDataTables(sqlite).map((table) => table.name), ...RETIRED_CASE_TABLES]);
}
