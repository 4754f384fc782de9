import type { Command } from 'commander';
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { CliError, printJson, unwrap, type WithBackend } from './output';

/** `cases export` and `cases import`: one case as a single file, from one laptop to another. */
export function addTransferCommands(cases: Command, withBackend: WithBackend): void {
  cases
    .command('export')
    .description('Schreibt einen Auditfall mit allem, was dazugehört, in eine Übergabedatei')
    .requiredOption('--case <id>', 'Kennung des Auditfalls')
    .requiredOption('--out <file>', 'Zieldatei (.familienaudit)')
    .action(async (opts: { case: string; out: string }) => {
      const file = await withBackend(async (invoke) => unwrap(await invoke('transfer.exportCase', { caseId: opts.case })));
      try {
        writeFileSync(opts.out, Buffer.from(file.contentBase64, 'base64'), { flag: 'wx' });
      } catch (error) {
        throw new CliError(`Die Datei ${opts.out} kann nicht geschrieben werden: ${(error as Error).message}`, 2);
      }
      printJson({ file: opts.out, bytes: Buffer.byteLength(file.contentBase64, 'base64') });
    });

  cases
    .command('import')
    .description('Übernimmt einen Auditfall aus einer Übergabedatei')
    .argument('<file>', 'Übergabedatei (.familienaudit)')
    .option('--as-copy', 'als neuen Auditfall mit neuen Kennungen übernehmen, wenn es ihn schon gibt')
    .option('--update', 'den vorhandenen Auditfall durch den Stand aus der Datei ersetzen')
    .action(async (path: string, opts: { asCopy?: boolean; update?: boolean }) => {
      if (opts.asCopy && opts.update) throw new CliError('Bitte entweder --as-copy oder --update angeben, nicht beides.', 2);
      let contentBase64: string;
      try {
        contentBase64 = readFileSync(path).toString('base64');
      } catch (error) {
        throw new CliError(`Die Datei ${path} kann nicht gelesen werden: ${(error as Error).message}`, 2);
      }
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
