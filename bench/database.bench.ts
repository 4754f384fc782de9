import BetterSqlite3 from 'better-sqlite3';
import { rmSync } from 'node:fs';
import { createBackend } from '../electron/backend/backend';
import { databaseFile } from '../electron/backend/data-dir';
import { openDatabase } from '../electron/backend/db/database-factory';
import { APP_VERSION } from '../electron/backend/app-version';
import { typedInvoke } from '../shared/contract/invoke';
import { measure, measurePair, summarize, type Measurement } from './bench-table';
import type { LargeDatabase } from './data/large-database';

const RUNS = 9;
const AUTOSAVES = 200;

function row(operation: string, timing: { median: number; worst: number }, budgetMs: number | null, ratio: number | null = null, ratioBudget: number | null = null): Measurement {
  return { operation, medianMs: timing.median, worstMs: timing.worst, budgetMs, ratio, ratioBudget };
}

/** The database operations of the issue on a folder with thousands of finished cases. */
export async function benchDatabase(large: LargeDatabase): Promise<Measurement[]> {
  const file = databaseFile(large.dataDir);
  const openTimes: number[] = [];
  for (let run = 0; run <= RUNS; run += 1) {
    const started = performance.now();
    const database = openDatabase({ file, appVersion: APP_VERSION });
    if (run > 0) openTimes.push(performance.now() - started);
    await database.close();
  }
  const open = summarize(openTimes);

  const backend = await createBackend({ dataDir: large.dataDir, user: 'bench' });
  try {
    const invoke = typedInvoke(backend.dispatch);
    const list = await measure(RUNS, () => invoke('cases.list', { search: 'lindenbach' }));
    const questionnaire = await measure(RUNS, () => invoke('questionnaire.get', { caseId: large.caseId }));

    const questions = await questionIds(invoke, large.caseId);
    const raw = new BetterSqlite3(file);
    raw.pragma('journal_mode = WAL');
    raw.pragma('synchronous = FULL');
    raw.pragma('busy_timeout = 5000');
    const upsert = raw.prepare(
      `INSERT INTO answers (case_id, question_id, value, reference_date, comment, source, updated_at) VALUES (?, ?, ?, NULL, '', 'auditor', ?)
       ON CONFLICT (case_id, question_id) DO UPDATE SET value = excluded.value, reference_date = excluded.reference_date, comment = excluded.comment, source = excluded.source, updated_at = excluded.updated_at`,
    );
    const touch = raw.prepare('UPDATE cases SET updated_at = ? WHERE id = ?');
    const rawWrite = raw.transaction((questionId: string, value: string) => {
      const now = new Date().toISOString();
      upsert.run(large.caseId, questionId, JSON.stringify(value), now);
      touch.run(now, large.caseId);
    });
    let turn = 0;
    const autosave = await measurePair(
      AUTOSAVES,
      async () => {
        turn += 1;
        const result = await invoke('questionnaire.saveAnswer', { caseId: large.caseId, questionId: questions[turn % questions.length]!, value: `Stand ${turn}` });
        if (!result.ok) throw new Error(result.error.message);
      },
      async () => rawWrite(questions[turn % questions.length]!, `Roh ${turn}`),
    );
    raw.close();
    return [
      row(`Datenbank öffnen (${large.cases} Fälle, inkl. Migrationsprüfung)`, open, 100),
      row(`Fallliste mit Suche (${large.cases} Fälle)`, list, 20),
      row('Fragebogen eines Falls laden', questionnaire, 20),
      row('Autosave über den Dispatcher', autosave.ours, 2, autosave.ours.median / autosave.raw.median, 5),
    ];
  } finally {
    await backend.close();
  }
}

async function questionIds(invoke: ReturnType<typeof typedInvoke>, caseId: string): Promise<string[]> {
  const result = await invoke('questionnaire.get', { caseId });
  if (!result.ok) throw new Error(result.error.message);
  return result.value.catalogue.sections.flatMap((section) => section.questions.filter((question) => question.type === 'shortText' || question.type === 'longText').map((question) => question.id));
}

export function removeLargeDatabase(large: LargeDatabase): void {
  rmSync(large.dataDir, { recursive: true, force: true });
}
