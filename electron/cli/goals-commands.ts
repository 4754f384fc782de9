import type { Command } from 'commander';
import { caseCommand, commandGroup } from './command-builders';
import { printJson, unwrap, type WithBackend } from './output';
import { formatGermanDate } from '../../shared/domain/dates';
import { STATUS_LABELS } from '../../shared/goals/agreement';

export function goalsCommand(withBackend: WithBackend): Command {
  const goals = commandGroup('goals', 'Ziele und Maßnahmen eines Auditfalls (Zielvereinbarung bzw. Handlungskonzept)');

  caseCommand(goals, 'show', 'Zeigt den Zielbaum mit Maßnahmen und ihrem neuesten Stand')
    .option('--json', 'als JSON ausgeben')
    .action(async (opts: { case: string; json?: boolean }) => {
      const [agreement, detail] = await withBackend(async (invoke) => [unwrap(await invoke('goals.get', { caseId: opts.case })), unwrap(await invoke('cases.get', { id: opts.case }))] as const);
      const tree = {
        adopted: agreement.adopted,
        fields: agreement.fields.map((field) => ({
          id: field.id,
          name: field.name,
          budget: field.budget,
          strategicGoals: field.strategicGoals.map((strategic) => ({
            number: strategic.number,
            title: strategic.title,
            goals: strategic.goals.map((goal) => ({
              number: goal.number,
              title: goal.title,
              measures: goal.measures.map((measure) => ({
                number: measure.number,
                title: measure.title,
                responsible: [measure.responsibleUnit, measure.responsiblePerson].filter(Boolean).join(', '),
                startMonth: measure.startMonth,
                endMonth: measure.endMonth,
                budget: measure.budget,
                priority: measure.priority,
                status: measure.status,
                statusYear: measure.statusYear,
              })),
            })),
          })),
        })),
        totals: agreement.totals,
        progress: agreement.progress.overall,
        /** In a Re-Audit: the previous round's measures with their last reported status. */
        previous: agreement.previous,
      };
      if (opts.json) return printJson(tree);
      const { terms } = detail;
      process.stdout.write(
        `${terms.agreement} – ${detail.municipalityName}: ${tree.adopted ? `${terms.resolution} vom ${formatGermanDate(tree.adopted.resolutionDate)}, Drucksache ${tree.adopted.drucksache}` : 'noch nicht beschlossen'}\n`,
      );
      for (const field of tree.fields) {
        for (const strategic of field.strategicGoals) {
          process.stdout.write(`${strategic.number} ${strategic.title}\n`);
          for (const goal of strategic.goals) {
            process.stdout.write(`  ${goal.number} ${goal.title}\n`);
            for (const measure of goal.measures) process.stdout.write(`    ${measure.number} ${measure.title} [${STATUS_LABELS[measure.status]}]\n`);
          }
        }
      }
    });

  return goals;
}
