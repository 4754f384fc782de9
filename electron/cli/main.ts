import { Command, CommanderError } from 'commander';
import { createBackend, type Backend } from '../backend/backend';
import { resolveDataDir } from '../backend/data-dir';
import { typedInvoke, type Invoke } from '../../shared/contract/invoke';
import { DatabaseOpenError } from '../backend/errors';
import { casesCommand } from './cases-commands';
import { cataloguesCommand } from './catalogues-commands';
import { questionnaireCommand } from './questionnaire-commands';
import { scoringCommand } from './scoring-commands';
import { goalsCommand } from './goals-commands';
import { participationCommand } from './participation-commands';
import { certificationCommand } from './certification-commands';
import { conceptCommand } from './concept-commands';
import { evidenceCommand } from './evidence-commands';
import { backupCommand } from './backup-commands';
import { settingsCommand } from './settings-commands';
import { poolCommand } from './pool-commands';
import { CliError } from './output';
import { adviseOnOpenFailure } from '../backend/backups/open-failure';

const program = new Command('familienaudit')
  .description('Familienaudit auf der Kommandozeile')
  .option('--data-dir <dir>', 'Datenordner (Standard: der Ordner der Desktop-App oder FAMILIENAUDIT_DATA_DIR)')
  .showHelpAfterError()
  .exitOverride();

const dataDir = () => resolveDataDir(program.opts<{ dataDir?: string }>().dataDir);

async function withBackend<T>(run: (invoke: Invoke, backend: Backend) => Promise<T>): Promise<T> {
  const backend = await createBackend({ dataDir: dataDir() });
  try {
    return await run(typedInvoke(backend.dispatch), backend);
  } finally {
    await backend.close();
  }
}

program.addCommand(casesCommand(withBackend));
program.addCommand(cataloguesCommand(withBackend));
program.addCommand(questionnaireCommand(withBackend));
program.addCommand(scoringCommand(withBackend));
program.addCommand(goalsCommand(withBackend));
program.addCommand(participationCommand(withBackend));
program.addCommand(certificationCommand(withBackend));
program.addCommand(conceptCommand(withBackend));
program.addCommand(evidenceCommand(withBackend));
program.addCommand(backupCommand(withBackend, dataDir));
program.addCommand(settingsCommand(withBackend));
program.addCommand(poolCommand());

program.parseAsync(process.argv).catch((error: unknown) => {
  if (error instanceof CommanderError) {
    process.exitCode = error.exitCode === 0 ? 0 : 2;
    return;
  }
  if (error instanceof DatabaseOpenError) {
    const advice = adviseOnOpenFailure(error, dataDir());
    const hint = advice.backup ? '\nWiederherstellen mit: familienaudit backup restore --newest' : '';
    process.stderr.write(`Fehler: ${advice.message}${hint}\n`);
    process.exitCode = 1;
    return;
  }
  if (error instanceof CliError) {
    process.stderr.write(`Fehler: ${error.message}\n`);
    process.exitCode = error instanceof CliError ? error.exitCode : 1;
    return;
  }
  process.stderr.write(`Interner Fehler: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
