/**
 * Adds large documents as fast as it can until it is killed. After the backend acknowledged an
 * add it prints `ack doc:<document id> <n>` synchronously, so the parent knows what was confirmed.
 */
import { writeSync } from 'node:fs';
import { createBackend } from '../../../electron/backend/backend';
import { typedInvoke } from '../../../shared/contract/invoke';

const [dataDir, caseId, startAt] = process.argv.slice(2);
if (!dataDir || !caseId) throw new Error('usage: evidence-child DATA_DIR CASE_ID [START]');

const backend = await createBackend({ dataDir, user: 'nachweis-test' });
const invoke = typedInvoke(backend.dispatch);
writeSync(1, 'ready\n');
for (let n = Number(startAt ?? 0); ; n += 1) {
  // 0.3 to 1.2 MB of text, different for every n (the case may hold 500 MB in all).
  const text = `Protokoll ${n}\n${`Seite ${n}: Die Zukunftswerkstatt hat getagt. `.repeat(7_000 * (1 + (n % 4)))}`;
  const result = await invoke('evidence.add', { caseId, fileName: `protokoll-${n}.txt`, contentBase64: Buffer.from(text, 'utf8').toString('base64'), title: `Protokoll ${n}` });
  if (!result.ok) {
    writeSync(2, `add: ${JSON.stringify(result.error)}\n`);
    process.exit(3);
  }
  writeSync(1, `ack doc:${result.value.savedId} ${n}\n`);
}
