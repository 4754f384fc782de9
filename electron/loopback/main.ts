import { Command, InvalidArgumentError, Option } from 'commander';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createBackend } from '../backend/backend';
import { resolveDataDir } from '../backend/data-dir';
import { DatabaseOpenError } from '../backend/errors';
import { adviseOnOpenFailure } from '../backend/backups/open-failure';
import { startLoopbackServer } from './server';

const RENDERER_DIR = fileURLToPath(new URL('../../out/renderer', import.meta.url));

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new InvalidArgumentError('Port 0 bis 65535 erwartet.');
  return port;
}

const program = new Command('start:web')
  .description('Startet Familienaudit im Browser-Modus auf 127.0.0.1')
  .option('--data-dir <dir>', 'Datenordner (Standard: der Ordner der Desktop-App oder FAMILIENAUDIT_DATA_DIR)')
  .option('--port <n>', 'Port (0 = frei wählen)', parsePort, 0)
  // For the end-to-end tests of a locked database: how long the backend retries before answering BUSY.
  .addOption(new Option('--busy-retry-ms <ms>').argParser(Number).hideHelp())
  .parse();

const options = program.opts<{ dataDir?: string; port: number; busyRetryMs?: number }>();

async function main(): Promise<void> {
  if (!existsSync(RENDERER_DIR)) {
    console.error('Die Oberfläche ist nicht gebaut. Bitte zuerst „npm run build“ ausführen.');
    process.exit(1);
  }
  const dataDir = resolveDataDir(options.dataDir);
  const backend = await createBackend({ dataDir, ...(options.busyRetryMs !== undefined ? { busyRetryMs: options.busyRetryMs } : {}) });
  const server = await startLoopbackServer({
    dispatch: backend.dispatch,
    events: backend.events,
    staticDir: RENDERER_DIR,
    port: options.port,
  });
  console.log(`Familienaudit (Browser-Modus), Daten in ${dataDir}. Adresse im Browser öffnen:`);
  console.log(server.url);
  backend.warmUp();
  const stop = async () => {
    await server.close();
    await backend.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

main().catch((error: unknown) => {
  if (error instanceof DatabaseOpenError) {
    const advice = adviseOnOpenFailure(error, resolveDataDir(options.dataDir));
    const hint = advice.backup ? '\nWiederherstellen mit: npm run --silent cli -- backup restore --newest' : '';
    console.error(`${advice.message}${hint}`);
  } else {
    console.error(error);
  }
  process.exit(1);
});
