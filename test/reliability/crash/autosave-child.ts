/**
 * Autosaves like the questionnaire and the scoring page do, as fast as it can, until it is
 * killed. After each write the backend acknowledged, it prints `ack <key> <n>` synchronously,
 * so the parent knows exactly which writes the user was told were saved.
 */
import { writeSync } from 'node:fs';
import { createBackend } from '../../../electron/backend/backend';

const [dataDir, caseId, questionIdList, fieldIdList, startAt] = process.argv.slice(2);
if (!dataDir || !caseId || !questionIdList || !fieldIdList) throw new Error('usage: autosave-child DATA_DIR CASE_ID QUESTION_IDS FIELD_IDS [START]');
const questionIds = questionIdList.split(',');
const fieldIds = fieldIdList.split(',');

const backend = await createBackend({ dataDir, user: 'crash-test' });
writeSync(1, 'ready\n');
for (let n = Number(startAt ?? 0); ; n += 1) {
  const key = n % 2 === 0 ? `answer:${questionIds[(n / 2) % questionIds.length]}` : `summary:${fieldIds[((n - 1) / 2) % fieldIds.length]}`;
  const [kind, id] = key.split(':') as [string, string];
  const result =
    kind === 'answer'
      ? await backend.dispatch('questionnaire.saveAnswer', { caseId, questionId: id, value: `Stand ${n}`, comment: String(n) })
      : await backend.dispatch('scoring.saveSummary', { caseId, fieldId: id, summary: String(n) });
  if (!result.ok) {
    writeSync(2, `${key}: ${JSON.stringify(result.error)}\n`);
    process.exit(3);
  }
  writeSync(1, `ack ${key} ${n}\n`);
}
