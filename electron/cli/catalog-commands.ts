import { Command } from 'commander';
import { readFileSync } from 'node:fs';
import { CliError, printJson, unwrap, type WithBackend } from './output';

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new CliError(`Die Datei ${file} kann nicht gelesen werden: ${(error as Error).message}`, 2);
  }
}

export function catalogCommand(withBackend: WithBackend): Command {
  const catalog = new Command('catalog').description('Kataloge (Verfahren mit Fragebogen) verwalten').exitOverride().showHelpAfterError();

  catalog
    .command('list')
    .description('Listet die installierten Kataloge mit allen Versionen')
    .option('--json', 'als JSON ausgeben')
    .action(async (opts: { json?: boolean }) => {
      const list = await withBackend(async (invoke) => unwrap(await invoke('catalogues.list', {})));
      if (opts.json) return printJson(list);
      for (const item of list) {
        process.stdout.write(`${item.id}  v${item.version}${item.isLatest ? ' (aktuell)' : ''}  ${item.name}  – ${item.questionCount} Fragen\n`);
      }
    });

  catalog
    .command('import')
    .description('Prüft eine Katalogdatei (JSON) vollständig und installiert sie als neue Version')
    .argument('<file>', 'Katalogdatei (JSON)')
    .action(async (file: string) => {
      const content = readText(file);
      const result = await withBackend(async (invoke) => unwrap(await invoke('catalogues.import', { content })));
      printJson(result);
    });

  return catalog;
}
