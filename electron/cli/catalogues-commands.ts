import type { Command } from 'commander';
import { commandGroup } from './command-builders';
import { readInputFile } from './files';
import { printJson, printList, unwrap, type WithBackend } from './output';

export function cataloguesCommand(withBackend: WithBackend): Command {
  const catalogues = commandGroup('catalogues', 'Kataloge (Verfahren mit Fragebogen) verwalten').alias('catalog');

  catalogues
    .command('list')
    .description('Listet die installierten Kataloge mit allen Versionen')
    .option('--json', 'als JSON ausgeben')
    .action(async (opts: { json?: boolean }) => {
      const list = await withBackend(async (invoke) => unwrap(await invoke('catalogues.list', {})));
      printList(list, { json: opts.json, none: 'Keine Kataloge installiert.' }, (item) => `${item.id}  v${item.version}${item.isLatest ? ' (aktuell)' : ''}  ${item.name}  – ${item.questionCount} Fragen`);
    });

  catalogues
    .command('import')
    .description('Prüft eine Katalogdatei (JSON) vollständig und installiert sie als neue Version')
    .argument('<file>', 'Katalogdatei (JSON)')
    .action(async (file: string) => {
      const content = readInputFile(file).toString('utf8');
      const result = await withBackend(async (invoke) => unwrap(await invoke('catalogues.import', { content })));
      printJson(result);
    });

  return catalogues;
}
