import type { Command } from 'commander';
import { basename } from 'node:path';
import { addFileExport } from './command-builders';
import { readInputFile } from './files';
import { CliError, printJson, unwrap, type WithBackend } from './output';

/** `cases export` and `cases import`: one case as a single file, from one laptop to another. */
export function addTransferCommands(cases: Command, withBackend: WithBackend): void {
  addFileExport(cases, withBackend, {
    name: 'export',
    description: 'Schreibt einen Auditfall mit allem, was dazugehört, in eine Übergabedatei',
    target: 'Zieldatei (.familienaudit)',
    method: 'transfer.exportCase',
    keepExisting: true,
  });

  cases
    .command('import')
    .description('Übernimmt einen Auditfall aus einer Übergabedatei')
    .argument('<file>', 'Übergabedatei (.familienaudit)')
    .option('--as-copy', 'als neuen Auditfall mit neuen Kennungen übernehmen, wenn es ihn schon gibt')
    .option('--update', 'den vorhandenen Auditfall durch den Stand aus der Datei ersetzen')
    .action(async (path: string, opts: { asCopy?: boolean; update?: boolean }) => {
      if (opts.asCopy && opts.update) throw new CliError('Bitte entweder --as-copy oder --update angeben, nicht beides.', 2);
      const contentBase64 = readInputFile(path).toString('base64');
      const fileName = basename(path);
      const result = await withBackend(async (invoke) => {
        const preview = unwrap(await invoke('transfer.previewCase', { fileName, contentBase64 }));
        if (preview.existingName !== null && !opts.asCopy && !opts.update) {
          throw new CliError(`Den Auditfall „${preview.existingName}“ gibt es hier schon. Mit --as-copy als Kopie übernehmen oder mit --update ersetzen.`, 2);
        }
        const mode = preview.existingName === null ? 'new' : opts.asCopy ? 'copy' : 'update';
        return unwrap(await invoke('transfer.importCase', { fileName, contentBase64, mode }));
      });
      printJson(result);
    });
}
