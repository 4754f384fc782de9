import type { Command } from 'commander';
import { basename } from 'node:path';
import { caseCommand, commandGroup } from './command-builders';
import { readInputFile } from './files';
import { CliError, printJson, printList, unwrap, type WithBackend } from './output';
import { formatGermanDate } from '../../shared/domain/dates';

/** `text=Spalte,field=Spalte[,group=Spalte][,votes=Spalte]`: which column (by its header) holds what. */
function parseMap(spec: string): { text: string; field: string; group?: string; votes?: string } {
  const entries = new Map<string, string>();
  for (const part of spec.split(',')) {
    const [key, ...rest] = part.split('=');
    const name = key?.trim() ?? '';
    if (!['text', 'field', 'group', 'votes'].includes(name) || rest.length === 0) throw new CliError(`--map versteht „${part}“ nicht; erwartet: text=SPALTE,field=SPALTE[,group=SPALTE][,votes=SPALTE].`, 2);
    entries.set(name, rest.join('=').trim());
  }
  const text = entries.get('text');
  const field = entries.get('field');
  if (!text || !field) throw new CliError('--map braucht mindestens text=SPALTE und field=SPALTE.', 2);
  return { text, field, ...(entries.get('group') ? { group: entries.get('group')! } : {}), ...(entries.get('votes') ? { votes: entries.get('votes')! } : {}) };
}

export function participationCommand(withBackend: WithBackend): Command {
  const participation = commandGroup('participation', 'Beteiligung: Veranstaltungen und Ideenspeicher eines Auditfalls');

  caseCommand(participation, 'events', 'Zeigt die Workshops und Beteiligungsveranstaltungen mit Format, Datum und Teilnehmenden')
    .option('--json', 'als JSON ausgeben')
    .action(async (opts: { case: string; json?: boolean }) => {
      const data = await withBackend(async (invoke) => unwrap(await invoke('participation.get', { caseId: opts.case })));
      const events = data.events.map(({ id, formatId, formatName, phaseKey, title, heldOn, place, participants, participantTotal }) => ({ id, formatId, formatName, phaseKey, title, heldOn, place, participants, participantTotal }));
      printList(events, { json: opts.json, none: 'Noch keine Veranstaltungen.' }, (event) => `${event.heldOn ? formatGermanDate(event.heldOn) : 'ohne Datum'}  ${event.formatName}${event.title ? ` – ${event.title}` : ''}: ${event.participantTotal} Teilnehmende`);
    });

  caseCommand(participation, 'add-idea', 'Nimmt eine Idee in den Ideenspeicher auf und gibt sie als JSON mit ihrer id aus')
    .requiredOption('--field <id>', 'Feld der Idee (Kennung, z. B. hf2)')
    .requiredOption('--text <text>', 'Text der Idee')
    .option('--event <id>', 'Veranstaltung, aus der die Idee stammt')
    .option('--votes <n>', 'Punkte', (value) => Number(value))
    .action(async (opts: { case: string; field: string; text: string; event?: string; votes?: number }) => {
      const store = await withBackend(async (invoke) =>
        unwrap(await invoke('participation.addIdea', { caseId: opts.case, idea: { text: opts.text, fieldId: opts.field, eventId: opts.event ?? null, ...(opts.votes !== undefined ? { votes: opts.votes } : {}) } })),
      );
      printJson(store.ideas.find((idea) => idea.id === store.savedId));
    });

  caseCommand(participation, 'ideas', 'Zeigt alle Ideen mit Feld, Stand, Punkten und der Maßnahme, die daraus wurde')
    .option('--json', 'als JSON ausgeben')
    .action(async (opts: { case: string; json?: boolean }) => {
      const store = await withBackend(async (invoke) => unwrap(await invoke('participation.ideas', { caseId: opts.case })));
      const ideas = store.ideas.map(({ id, text, fieldId, eventId, group, cluster, status, statusReason, votes, measureId }) => ({ id, text, fieldId, eventId, group, cluster, status, statusReason, votes, measureId }));
      printList(ideas, { json: opts.json, none: 'Noch keine Ideen.' }, (idea) => `${String(idea.votes).padStart(4)}  ${idea.fieldId}  ${idea.text} [${idea.status}]`);
    });

  caseCommand(participation, 'import-ideas', 'Liest Beiträge aus einer Tabelle (CSV oder XLSX) als Ideen ein, alles oder nichts')
    .argument('<file>', 'Tabelle (.csv oder .xlsx)')
    .requiredOption('--map <spalten>', 'text=SPALTE,field=SPALTE[,group=SPALTE][,votes=SPALTE] (SPALTE ist die Überschrift)')
    .option('--event <id>', 'Veranstaltung, aus der die Beiträge stammen')
    .option('--dry-run', 'nur prüfen und berichten, nichts speichern')
    .action(async (file: string, opts: { case: string; map: string; event?: string; dryRun?: boolean }) => {
      const input = { caseId: opts.case, fileName: basename(file), contentBase64: readInputFile(file).toString('base64'), map: parseMap(opts.map), eventId: opts.event ?? null };
      const preview = await withBackend(async (invoke) => unwrap(await invoke('participation.previewIdeaImport', input)));
      const problems = preview.refusal ? [{ row: null, column: null, value: null, message: preview.refusal }] : preview.problems;
      const usable = preview.refusal === null && preview.problemCount === 0;
      const written = usable && !opts.dryRun ? (await withBackend(async (invoke) => unwrap(await invoke('participation.applyIdeaImport', { ...input, map: parseMap(opts.map) })))).imported : 0;
      printJson({ file: preview.fileName, dryRun: Boolean(opts.dryRun), written: written > 0, imported: written, ideas: preview.ideaCount, byField: preview.byField, format: preview.format, encoding: preview.encoding, separator: preview.separator, errors: problems, errorCount: preview.refusal ? 1 : preview.problemCount });
      if (!usable) process.exitCode = 2;
    });

  caseCommand(participation, 'summary', 'Zeigt die Beteiligung in Zahlen: Veranstaltungen, Teilnehmende, Ideen und übernommene Maßnahmen')
    .option('--json', 'als JSON ausgeben')
    .action(async (opts: { case: string; json?: boolean }) => {
      const summary = await withBackend(async (invoke) => unwrap(await invoke('participation.summary', { caseId: opts.case })));
      if (opts.json) return printJson(summary);
      process.stdout.write(
        `${summary.events} Veranstaltungen (${summary.eventsHeld} durchgeführt), ${summary.participants.total ?? 0} Teilnehmende, ${summary.ideas} Ideen; ` +
          `${summary.measuresFromParticipation} von ${summary.measures} Maßnahmen aus der Beteiligung\n`,
      );
    });

  return participation;
}
