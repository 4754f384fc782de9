import type { Command } from 'commander';
import { basename } from 'node:path';
import { formatGermanDate } from '../../shared/domain/dates';
import { parseGermanDate } from '../../shared/domain/german-dates';
import { caseCommand, commandGroup } from './command-builders';
import { readInputFile, writeFileOutput } from './files';
import { CliError, printJson, printList, unwrap, type WithBackend } from './output';

function documentDate(text: string | undefined): string | null {
  if (text === undefined) return null;
  const parsed = parseGermanDate(text);
  if (!parsed.ok) throw new CliError(`--date: ${parsed.message}`, 2);
  return parsed.value;
}

export function evidenceCommand(withBackend: WithBackend): Command {
  const evidence = commandGroup('evidence', 'Nachweise: Dokumente eines Auditfalls (PDF, DOCX, XLSX, ODT, ODS, PNG, JPEG, Text)');

  caseCommand(evidence, 'add', 'Fügt eine Datei als Nachweis bei und gibt ihn als JSON mit id und sha256 aus')
    .argument('<file>', 'die Datei')
    .option('--to <ort...>', 'wo: case, resolution:mandate, resolution:agreement, event:ID, question:ID, criterion:ID, certification:ID, measure:ID, report:JAHR')
    .option('--title <titel>', 'Titel (sonst der Dateiname)')
    .option('--date <TT.MM.JJJJ>', 'Dokumentdatum')
    .action(async (file: string, opts: { case: string; to?: string[]; title?: string; date?: string }) => {
      const input = { caseId: opts.case, fileName: basename(file), contentBase64: readInputFile(file).toString('base64'), title: opts.title ?? '', documentDate: documentDate(opts.date), places: opts.to ?? ['case'] };
      const saved = await withBackend(async (invoke) => unwrap(await invoke('evidence.add', input)));
      printJson(saved.documents.find((document) => document.id === saved.savedId));
    });

  caseCommand(evidence, 'list', 'Zeigt die Nachweise mit Titel, Datum, Art, Größe und wo sie beigefügt sind')
    .option('--json', 'als JSON ausgeben')
    .action(async (opts: { case: string; json?: boolean }) => {
      const data = await withBackend(async (invoke) => unwrap(await invoke('evidence.list', { caseId: opts.case })));
      printList(data.documents, { json: opts.json, none: 'Noch keine Nachweise.' }, (document) =>
        [document.title, document.documentDate ? formatGermanDate(document.documentDate) : 'ohne Datum', document.typeLabel, `${document.size} Bytes`, document.places.map((place) => place.label).join(', ')].join('  ·  '),
      );
    });

  evidence
    .command('get')
    .description('Schreibt den Nachweis unverändert in eine Datei, nachdem seine Prüfsumme stimmt')
    .argument('<dokument-id>', 'Kennung des Nachweises')
    .requiredOption('--out <datei>', 'Zieldatei')
    .action(async (documentId: string, opts: { out: string }) => {
      const file = await withBackend(async (invoke) => unwrap(await invoke('evidence.read', { documentId })));
      writeFileOutput(opts.out, file);
    });

  evidence
    .command('remove')
    .description('Entfernt den Nachweis; das Änderungsprotokoll behält Titel und Prüfsumme')
    .argument('<dokument-id>', 'Kennung des Nachweises')
    .action(async (documentId: string) => {
      const data = await withBackend(async (invoke) => unwrap(await invoke('evidence.remove', { documentId })));
      printJson({ removed: documentId, remaining: data.documents.length });
    });

  return evidence;
}
