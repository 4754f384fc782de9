import { Command } from 'commander';
import { printJson, unwrap, type WithBackend } from './output';

export function questionnaireCommand(withBackend: WithBackend): Command {
  const questionnaire = new Command('questionnaire').description('Fragebogen (IST-Analyse) eines Auditfalls').exitOverride().showHelpAfterError();

  questionnaire
    .command('answers')
    .description('Gibt die gespeicherten Antworten eines Auditfalls aus')
    .requiredOption('--case <id>', 'Kennung des Auditfalls')
    .option('--json', 'als JSON ausgeben')
    .action(async (opts: { case: string; json?: boolean }) => {
      const result = await withBackend(async (invoke) => unwrap(await invoke('questionnaire.get', { caseId: opts.case })));
      const answers = result.answers.map(({ questionId, value, referenceDate, source, comment, updatedAt }) => ({
        questionId,
        value,
        referenceDate,
        source,
        comment,
        updatedAt,
      }));
      if (opts.json) return printJson(answers);
      for (const answer of answers) process.stdout.write(`${answer.questionId}: ${JSON.stringify(answer.value)} (${answer.source})\n`);
    });

  return questionnaire;
}
