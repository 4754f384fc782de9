import type { Command } from 'commander';
import { commandGroup } from './command-builders';
import { resolve } from 'node:path';
import { BACKUP_KIND_LABELS } from '../../shared/backups/rotation';
import { formatGermanDateTime } from '../../shared/domain/dates';
import { adviseOnOpenFailure } from '../backend/backups/open-failure';
import { newestGoodBackup, replaceDatabaseFile } from '../backend/backups/recovery';
import { DatabaseOpenError } from '../backend/errors';
import { CliError, printJson, printList, unwrap, type WithBackend } from './output';

function fail(error: unknown): never {
  throw new CliError(error instanceof Error ? error.message : String(error), 2);
}

export function backupCommand(withBackend: WithBackend, dataDir: () => string): Command {
  const backup = commandGroup('backup', 'Sicherungen der Datenbank');

  backup
    .command('create')
    .description('Legt eine geprüfte Sicherung an (im Sicherungsordner oder in --out)')
    .option('--out <file>', 'Zieldatei; eine vorhandene Datei wird nicht überschrieben')
    .action(async (opts: { out?: string }) => {
      const result = await withBackend(async (invoke, backend) =>
        opts.out ? backend.backups.exportTo(resolve(opts.out)).catch(fail) : unwrap(await invoke('backups.create', {})),
      );
      printJson(result);
    });

  backup
    .command('list')
    .description('Listet die Sicherungen, die neueste zuerst')
    .option('--json', 'als JSON ausgeben')
    .action(async (opts: { json?: boolean }) => {
      const list = await withBackend(async (invoke) => unwrap(await invoke('backups.list', {})));
      printList(list, { json: opts.json, none: 'Noch keine Sicherungen.' }, (entry) => `${formatGermanDateTime(entry.createdAt)}  ${BACKUP_KIND_LABELS[entry.kind].padEnd(36)}  ${(entry.sizeBytes / 1024).toFixed(0).padStart(7)} KB  ${entry.id}`);
    });

  backup
    .command('restore')
    .description('Stellt eine Sicherung wieder her; der jetzige Stand wird vorher gesichert')
    .argument('[file]', 'Sicherungsdatei')
    .option('--newest', 'die neueste intakte Sicherung im Sicherungsordner verwenden')
    .action(async (file: string | undefined, opts: { newest?: boolean }) => {
      if (!file === !opts.newest) throw new CliError('Bitte entweder eine Sicherungsdatei oder --newest angeben.', 2);
      const source = file ? resolve(file) : newestGoodBackup(dataDir())?.file;
      if (!source) throw new CliError('Es gibt keine intakte Sicherung im Sicherungsordner.', 2);
      try {
        const result = await withBackend((_invoke, backend) => backend.backups.restoreFromFile(source, `„${source}“`).catch(fail));
        printJson(result);
      } catch (error) {
        if (!(error instanceof DatabaseOpenError)) throw error;
        // The current database cannot be opened by this version: it goes aside, the backup takes its place.
        process.stderr.write(`${adviseOnOpenFailure(error, dataDir()).message}\n`);
        let movedTo: string | null;
        try {
          movedTo = replaceDatabaseFile(dataDir(), source, new Date());
        } catch (failure) {
          fail(failure);
        }
        const { counts } = await withBackend(async (invoke) => unwrap(await invoke('cases.list', {})));
        const caseCount = counts.active + counts.archived + counts.trash;
        printJson({ restoredFrom: source, caseCount, previousDatabaseMovedTo: movedTo });
      }
    });

  return backup;
}
