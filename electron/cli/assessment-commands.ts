import { Command } from 'commander';
import { writeFileSync } from 'node:fs';
import { CliError, printJson, unwrap, type WithBackend } from './output';

export function assessmentCommand(withBackend: WithBackend): Command {
  const assessment = new Command('assessment').description('Gutachten eines Auditfalls (Zertifizierung bzw. Qualitätssiegel)').exitOverride().showHelpAfterError();

  assessment
    .command('export')
    .description('Schreibt die Gutachten-Arbeitsmappe für die entscheidende Stelle (Verein bzw. Expertengremium), mit Profildiagramm auf dem Deckblatt')
    .requiredOption('--case <id>', 'Kennung des Auditfalls')
    .requiredOption('--out <file>', 'Zieldatei (.xlsx)')
    .action(async (opts: { case: string; out: string }) => {
      const file = await withBackend(async (invoke) => unwrap(await invoke('certification.exportWorkbook', { caseId: opts.case })));
      try {
        writeFileSync(opts.out, Buffer.from(file.contentBase64, 'base64'));
      } catch (error) {
        throw new CliError(`Die Datei ${opts.out} kann nicht geschrieben werden: ${(error as Error).message}`, 1);
      }
      printJson({ file: opts.out, bytes: Buffer.byteLength(file.contentBase64, 'base64') });
    });

  return assessment;
}
