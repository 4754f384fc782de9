import { Command } from 'commander';
import { printJson, unwrap, type WithBackend } from './output';

export function settingsCommand(withBackend: WithBackend): Command {
  const settings = new Command('settings').description('Einstellungen dieses Rechners (wer im Änderungsprotokoll genannt wird)').exitOverride().showHelpAfterError();

  settings
    .command('show')
    .description('Zeigt die Einstellungen als JSON')
    .action(async () => printJson(await withBackend(async (invoke) => unwrap(await invoke('settings.get', {})))));

  settings
    .command('set-name')
    .description('Legt fest, mit welchem Namen Änderungen im Protokoll erscheinen')
    .argument('<name>', 'Ihr Name, z. B. "Dr. Maria Muster"')
    .action(async (userName: string) => printJson(await withBackend(async (invoke) => unwrap(await invoke('settings.update', { userName })))));

  return settings;
}
