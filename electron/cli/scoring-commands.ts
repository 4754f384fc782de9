import type { Command } from 'commander';
import { caseCommand, commandGroup } from './command-builders';
import { printJson, unwrap, type WithBackend } from './output';

export function scoringCommand(withBackend: WithBackend): Command {
  const scoring = commandGroup('scoring', 'Stärken/Schwächen-Profil eines Auditfalls');

  caseCommand(scoring, 'show', 'Zeigt die Bewertung je Feld, gesamt und die Vollständigkeit')
    .option('--json', 'als JSON ausgeben')
    .action(async (opts: { case: string; json?: boolean }) => {
      const result = await withBackend(async (invoke) => unwrap(await invoke('scoring.get', { caseId: opts.case })));
      const texts = (items: { kind: string; text: string }[], kind: string) => items.filter((item) => item.kind === kind).map((item) => item.text);
      const comparison = new Map(result.comparison.map((entry) => [entry.fieldId, entry]));
      const summary = {
        fields: result.fields.map((field) => ({
          id: field.id,
          name: field.name,
          score: field.score,
          rated: field.rated,
          strengths: texts(field.items, 'staerke'),
          weaknesses: texts(field.items, 'schwaeche'),
          // A Re-Audit also says how each field stood in the previous round and which way it went.
          ...(result.previous ? { previousScore: comparison.get(field.id)?.previous ?? null, trend: comparison.get(field.id)?.trend ?? 'ohne Bewertung' } : {}),
        })),
        overall: result.overall,
        completeness: result.completeness,
      };
      if (opts.json) return printJson(summary);
      for (const field of summary.fields) {
        process.stdout.write(`${field.name}: ${field.score === null ? 'ohne Bewertung' : `${field.score} von 100`} (${field.rated} bewertet)\n`);
      }
      process.stdout.write(`Gesamt: ${summary.overall ?? '–'} · Vollständigkeit: ${summary.completeness} %\n`);
    });

  return scoring;
}
