/**
 * Works the Werkstatt-Modus as fast as it can until it is killed: adds ideas and gives dots, as
 * the keyboard does. After each change the backend acknowledged it prints `ack idea:<n> <n>` or
 * `ack vote:<idea id> <votes after>` synchronously, so the parent knows what the room was shown.
 */
import { writeSync } from 'node:fs';
import { createBackend } from '../../../electron/backend/backend';
import { typedInvoke } from '../../../shared/contract/invoke';

const [dataDir, caseId, fieldIdList, startAt] = process.argv.slice(2);
if (!dataDir || !caseId || !fieldIdList) throw new Error('usage: werkstatt-child DATA_DIR CASE_ID FIELD_IDS [START]');
const fieldIds = fieldIdList.split(',');

const backend = await createBackend({ dataDir, user: 'werkstatt-test' });
const invoke = typedInvoke(backend.dispatch);
writeSync(1, 'ready\n');
for (let n = Number(startAt ?? 0); ; n += 1) {
  if (n % 3 === 0) {
    const result = await invoke('participation.addIdea', { caseId, idea: { text: `Idee ${n}`, fieldId: fieldIds[n % fieldIds.length]! } });
    if (!result.ok) {
      writeSync(2, `addIdea: ${JSON.stringify(result.error)}\n`);
      process.exit(3);
    }
    writeSync(1, `ack idea:${n} ${n}\n`);
  } else {
    const store = await invoke('participation.ideas', { caseId });
    if (!store.ok) process.exit(3);
    const target = store.value.ideas[n % Math.max(store.value.ideas.length, 1)];
    if (!target) continue;
    const result = await invoke('participation.vote', { caseId, id: target.id, delta: 1 });
    if (!result.ok) {
      writeSync(2, `vote: ${JSON.stringify(result.error)}\n`);
      process.exit(3);
    }
    writeSync(1, `ack vote:${target.id} ${result.value.ideas.find((idea) => idea.id === target.id)?.votes ?? -1}\n`);
  }
}
