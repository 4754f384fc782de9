import { readCaseRows } from '../../../electron/backend/transfer/case-rows';
import type { TestBackend } from '../../helpers/backend';

/** Every method that reads one case; each must still answer after any attempt to break the data. */
const CASE_READS = [
  'questionnaire.get',
  'scoring.get',
  'goals.get',
  'certification.get',
  'questionnaire.exportTemplate',
  'certification.exportWorkbook',
] as const;

interface AppState {
  /** Every row of every case and the catalogues, as the database holds them. */
  rows: Record<string, unknown>;
  caseIds: string[];
}

export function appState({ backend }: TestBackend): AppState {
  const sqlite = backend.database.sqlite;
  const caseIds = (sqlite.prepare('SELECT id FROM cases ORDER BY id').all() as { id: string }[]).map((row) => row.id);
  return {
    caseIds,
    rows: {
      catalogues: sqlite.prepare('SELECT id, version, content_sha256 FROM catalogues ORDER BY id, version').all(),
      history: sqlite.prepare("SELECT COUNT(*) AS n FROM change_log WHERE table_name <> 'questionnaire_exports'").get(),
      // Exporting a template records what it was prefilled with; that is the read methods' own write, not a change.
      ...Object.fromEntries(caseIds.map((id) => [id, { ...readCaseRows(sqlite, id), questionnaire_exports: null }])),
    },
  };
}

/**
 * What must hold after every attempt: the database is intact, the case list works, and every
 * read method of every case answers. Returns the failures in words, none when all is well.
 */
export async function readFailures(laptop: TestBackend): Promise<string[]> {
  const failures: string[] = [];
  const integrity = laptop.backend.database.sqlite.pragma('integrity_check', { simple: true });
  if (integrity !== 'ok') failures.push(`integrity_check: ${String(integrity)}`);
  const list = await laptop.invoke('cases.list', {});
  if (!list.ok) failures.push(`cases.list: ${list.error.code} ${list.error.message}`);
  for (const caseId of appState(laptop).caseIds) {
    for (const method of CASE_READS) {
      const result = await laptop.invoke(method, { caseId });
      if (!result.ok) failures.push(`${method} ${caseId}: ${result.error.code} ${result.error.message}`);
    }
    for (const [method, input] of [['cases.get', { id: caseId }], ['changeLog.caseLog', { caseId, limit: 500 }], ['transfer.exportCase', { caseId }]] as const) {
      const result = await laptop.invoke(method, input as never);
      if (!result.ok) failures.push(`${method} ${caseId}: ${result.error.code} ${result.error.message}`);
    }
  }
  return failures;
}

const ENGLISH = /\b(the|table|column|constraint|failed|expected|undefined|cannot|invalid|error|null|object)\b/i;

/** A refusal the auditor can read: German, and no programmer's words. */
export function isGermanMessage(message: string): boolean {
  return /\b(nicht|kann|ist|sind|Datei|Sicherung|Bitte)\b/.test(message) && !ENGLISH.test(message);
}
