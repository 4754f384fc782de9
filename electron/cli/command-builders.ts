import { Command } from 'commander';
import { writeFileOutput } from './files';
import { unwrap, type WithBackend } from './output';

/** A group of commands (`cases`, `backup`, …) that reports usage errors instead of exiting. */
export function commandGroup(name: string, description: string): Command {
  return new Command(name).description(description).exitOverride().showHelpAfterError();
}

/** A command about one case: it takes the case's id as `--case`. */
export function caseCommand(parent: Command, name: string, description: string): Command {
  return parent.command(name).description(description).requiredOption('--case <id>', 'Kennung des Auditfalls');
}

/** The methods that turn one case into a file. */
type CaseFileMethod = 'questionnaire.exportTemplate' | 'certification.exportWorkbook' | 'concept.export' | 'transfer.exportCase';

/** A command that has the backend produce a case's file and writes it to `--out`. */
export function addFileExport(
  parent: Command,
  withBackend: WithBackend,
  options: { name: string; description: string; target: string; method: CaseFileMethod; keepExisting?: boolean },
): void {
  caseCommand(parent, options.name, options.description)
    .requiredOption('--out <file>', options.target)
    .action(async (opts: { case: string; out: string }) => {
      const file = await withBackend(async (invoke) => unwrap(await invoke(options.method, { caseId: opts.case })));
      writeFileOutput(opts.out, file, { keepExisting: options.keepExisting ?? false });
    });
}
