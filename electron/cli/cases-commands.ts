import { Command, InvalidArgumentError, Option } from 'commander';
import { parseGermanInteger } from '../../shared/domain/german-numbers';
import { CASE_KIND_LABELS, type CaseKind, type CaseStatus } from '../../shared/contract/cases';
import { CASE_KINDS } from '../../shared/vocabulary/cases';
import { reauditInput } from '../../shared/domain/reaudit';
import { roundLabel } from '../../shared/catalogue/terminology';
import { formatGermanDate } from '../../shared/domain/dates';
import { PHASE_STATE_LABELS } from '../../shared/domain/timeline';
import { printJson, printList, unwrap, type WithBackend } from './output';
import { addTransferCommands } from './transfer-commands';

function parsePopulation(value: string): number {
  const parsed = parseGermanInteger(value);
  if (parsed === null || Number.isNaN(parsed)) throw new InvalidArgumentError('Bitte eine ganze Zahl angeben, z. B. 12.345.');
  return parsed;
}

export function casesCommand(withBackend: WithBackend): Command {
  const cases = new Command('cases')
    .description('Auditfälle anlegen und anzeigen')
    // Inherited by the subcommands below, so that every usage error reaches main's handler.
    .exitOverride()
    .showHelpAfterError();

  cases
    .command('create')
    .description('Legt einen Auditfall an und gibt ihn als JSON aus')
    .requiredOption('--name <name>', 'Name der Kommune oder des Kreises')
    .requiredOption('--ags <ags>', 'Amtlicher Gemeindeschlüssel (8 Ziffern)')
    .addOption(new Option('--kind <kind>', 'Art').choices(CASE_KINDS).makeOptionMandatory())
    .option('--landkreis <name>', 'Landkreis')
    .option('--population <n>', 'Einwohnerzahl', parsePopulation)
    .option('--auditor <name>', 'Auditor/in bzw. Prozessbegleitung')
    .option('--previous <id>', 'vorheriger Auditfall (macht den Fall zur nächsten Runde: Re-Audit bzw. Fortschreibung)')
    .option('--catalog <id>', 'Katalog (Standard: audit-familiengerechte-kommune)')
    .action(async (opts: { name: string; ags: string; kind: string; landkreis?: string; population?: number; auditor?: string; previous?: string; catalog?: string }) => {
      const created = await withBackend(async (invoke) =>
        unwrap(
          await invoke('cases.create', {
            municipalityName: opts.name,
            ags: opts.ags,
            kind: opts.kind as CaseKind,
            landkreis: opts.landkreis,
            population: opts.population ?? null,
            auditor: opts.auditor,
            auditRound: opts.previous ? 'reaudit' : 'erstaudit',
            previousCaseId: opts.previous ?? null,
            ...(opts.catalog ? { catalogueId: opts.catalog } : {}),
          }),
        ),
      );
      printJson(created);
    });

  cases
    .command('create-example')
    .description('Legt ein vollständiges Beispiel einer Runde an (Zeitplan, Fragebogen, Bewertung, beschlossene Ziele und Maßnahmen, Zertifikat bzw. Qualitätssiegel, zwei Jahresberichte) und gibt es als JSON aus')
    .requiredOption('--catalogue <id>', 'Katalog des Verfahrens, z. B. audit-familiengerechte-kommune oder bw-managementverfahren')
    .option('--name <name>', 'Name der Beispielkommune', 'Beispielstadt')
    .option('--seed <n>', 'Startwert; derselbe Wert ergibt dasselbe Beispiel', (value: string) => {
      const seed = Number(value);
      if (!Number.isInteger(seed) || seed < 0) throw new InvalidArgumentError('Bitte eine ganze Zahl ab 0 angeben.');
      return seed;
    }, 1)
    .action(async (opts: { catalogue: string; name: string; seed: number }) => {
      const created = await withBackend(async (invoke) => unwrap(await invoke('cases.createExample', { catalogueId: opts.catalogue, municipalityName: opts.name, seed: opts.seed })));
      printJson(created);
    });

  cases
    .command('create-reaudit')
    .description('Legt die nächste Runde (Re-Audit bzw. Fortschreibung) eines Auditfalls an, vorausgefüllt aus der vorherigen, und gibt sie als JSON aus')
    .requiredOption('--from <id>', 'Kennung des vorherigen Auditfalls')
    .action(async (opts: { from: string }) => {
      const created = await withBackend(async (invoke) => {
        const previous = unwrap(await invoke('cases.get', { id: opts.from }));
        return unwrap(await invoke('cases.create', reauditInput(previous)));
      });
      printJson(created);
    });

  cases
    .command('list')
    .description('Listet Auditfälle')
    .option('--json', 'als JSON ausgeben')
    .option('--search <text>', 'Suchbegriff')
    .addOption(new Option('--status <status>', 'welche Fälle').choices(['active', 'archived', 'trash']).default('active'))
    .action(async (opts: { json?: boolean; search?: string; status: string }) => {
      const list = await withBackend(async (invoke) =>
        unwrap(await invoke('cases.list', { search: opts.search ?? '', status: opts.status as CaseStatus })),
      );
      printList(list.items, { json: opts.json, none: 'Keine Auditfälle gefunden.' }, (item) => `${item.id}  ${item.ags}  ${CASE_KIND_LABELS[item.kind].padEnd(7)}  ${item.municipalityName} (${item.roundLabel})`);
    });

  cases
    .command('show')
    .description('Zeigt einen Auditfall mit Zeitplan')
    .argument('<id>', 'Kennung des Auditfalls')
    .option('--json', 'als JSON ausgeben')
    .action(async (id: string, opts: { json?: boolean }) => {
      const detail = await withBackend(async (invoke) => unwrap(await invoke('cases.get', { id })));
      if (opts.json) return printJson(detail);
      const { terms } = detail;
      process.stdout.write(`${detail.municipalityName} (${CASE_KIND_LABELS[detail.kind]}, AGS ${detail.ags})\n`);
      process.stdout.write(`${detail.catalogueName} · ${roundLabel(terms, detail.auditRound)}\n`);
      if (detail.auditor) process.stdout.write(`${terms.auditor}: ${detail.auditor}\n`);
      if (detail.certificateValidUntil) process.stdout.write(`${terms.certificate} gültig bis ${formatGermanDate(detail.certificateValidUntil)}\n`);
      for (const phase of detail.phases) {
        const marker = phase.key === detail.currentPhaseKey ? '→' : ' ';
        process.stdout.write(`${marker} ${String(phase.position + 1)}. ${phase.name}: ${PHASE_STATE_LABELS[phase.state]}\n`);
      }
      for (const warning of detail.warnings) process.stdout.write(`! ${warning.message}\n`);
    });

  addTransferCommands(cases, withBackend);

  return cases;
}
