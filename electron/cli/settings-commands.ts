import type { Command } from 'commander';
import { commandGroup } from './command-builders';
import { printJson, unwrap, type WithBackend } from './output';
import { writeFileOutput } from './files';

export function settingsCommand(withBackend: WithBackend): Command {
  const settings = commandGroup('settings', 'Einstellungen dieses Rechners (wer im Änderungsprotokoll genannt wird)');

  settings
    .command('show')
    .description('Zeigt die Einstellungen als JSON')
    .action(async () => printJson(await withBackend(async (invoke) => unwrap(await invoke('settings.get', {})))));

  settings
    .command('set-name')
    .description('Legt fest, mit welchem Namen Änderungen im Protokoll erscheinen')
    .argument('<name>', 'Ihr Name, z. B. "Dr. Maria Muster"')
    .action(async (userName: string) => printJson(await withBackend(async (invoke) => unwrap(await invoke('settings.update', { userName })))));

  settings
    .command('public-key')
    .description('Schreibt den öffentlichen Signaturschlüssel dieser Installation als Datei für den Verband (der private Schlüssel bleibt im Datenordner)')
    .requiredOption('--out <datei>', 'Zieldatei (.json)')
    .action(async (opts: { out: string }) => writeFileOutput(opts.out, await withBackend(async (invoke) => unwrap(await invoke('settings.publicKey', {})))));

  return settings;
}
