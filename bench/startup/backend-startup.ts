/**
 * Run in a fresh Node process: loads the bundled backend, opens the data folder and registers
 * the handlers — what the main process does before it can show the window — and prints the time.
 */
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { createBackend as CreateBackend } from '../../electron/backend/backend';

const started = performance.now();
const [bundle, dataDir] = process.argv.slice(2);
if (!bundle || !dataDir) throw new Error('usage: backend-startup BUNDLE DATA_DIR');
// Required, as the main process requires it (an ESM import would first lex the CommonJS bundle for its exports).
const { createBackend } = createRequire(import.meta.url)(fileURLToPath(bundle)) as { createBackend: typeof CreateBackend };
const backend = await createBackend({ dataDir, user: 'bench' });
const ready = performance.now() - started;
await backend.close();
process.stdout.write(`${ready}\n`);
