/**
 * Run in a fresh Node process: the browser mode as the desktop app starts, with the backend as
 * the build bundles it for the main process (out/main/backend.cjs, its workbook worker beside it),
 * serving the built renderer. Prints the address once it listens.
 */
import type { createBackend as CreateBackend } from '../../electron/backend/backend';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { startLoopbackServer } from '../../electron/loopback/server';

const [bundle, dataDir, rendererDir] = process.argv.slice(2);
if (!bundle || !dataDir || !rendererDir) throw new Error('usage: app-server BACKEND_BUNDLE DATA_DIR RENDERER_DIR');
// Required, as the main process requires it: an ESM import of the 1 MB CommonJS bundle would first lex it for its exports (~130 ms).
const { createBackend } = createRequire(import.meta.url)(fileURLToPath(bundle)) as { createBackend: typeof CreateBackend };
const backend = await createBackend({ dataDir });
const server = await startLoopbackServer({ dispatch: backend.dispatch, events: backend.events, staticDir: rendererDir, port: 0 });
process.stdout.write(`${server.url}\n`);
// As the desktop app does once its window is on the way.
backend.warmUp();
process.once('SIGTERM', () => void server.close().then(() => backend.close()).then(() => process.exit(0)));
