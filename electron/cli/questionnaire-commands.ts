import { Command } from 'commander';
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { ImportReport } from '../../shared/contract/questionnaire-exchange';
import { CliError, printJson, unwrap, type WithBackend } from './output';

export function questionnaireCommand(withBackend: WithBackend): Command {
  const questionnaire = new Command('questionnaire').description('Fragebogen eines Auditfalls (IST-Analyse bzw. Bilanz)').exitOverride().showHelpAfterError();

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

  questionnaire
    .command('template')
    .description('Schreibt die Ausfüll-Arbeitsmappe (Excel) für das Rathaus')
    .requiredOption('--case <id>', 'Kennung des Auditfalls')
    .requiredOption('--out <file>', 'Zieldatei (.xlsx)')
    .action(async (opts: { case: string; out: string }) => {
      const file = await withBackend(async (invoke) => unwrap(await invoke('questionnaire.exportTemplate', { caseId: opts.case })));
      try {
        writeFileSync(opts.out, Buffer.from(file.contentBase64, 'base64'));
      } catch (error) {
        throw new CliError(`Die Datei ${opts.out} kann nicht geschrieben werden: ${(error as Error).message}`, 1);
      }
      printJson({ file: opts.out, bytes: Buffer.byteLength(file.contentBase64, 'base64') });
    });

  questionnaire
    .command('import')
    .description('Liest eine ausgefüllte Arbeitsmappe ein (alles oder nichts, mit --skip-invalid ohne die fehlerhaften Zeilen)')
    .requiredOption('--case <id>', 'Kennung des Auditfalls')
    .argument('<file>', 'ausgefüllte Arbeitsmappe (.xlsx)')
    .option('--dry-run', 'nur prüfen und berichten, nichts speichern')
    .option('--overwrite', 'Konflikte übernehmen (Werte der Arbeitsmappe ersetzen Antworten der Auditorin/des Auditors)')
    .option('--skip-invalid', 'gültige Zeilen übernehmen, fehlerhafte überspringen (werden im Bericht und im Importprotokoll aufgeführt)')
    .action(async (file: string, opts: { case: string; dryRun?: boolean; overwrite?: boolean; skipInvalid?: boolean }) => {
      let bytes: Buffer;
      try {
        bytes = readFileSync(file);
      } catch (error) {
        throw new CliError(`Die Datei ${file} kann nicht gelesen werden: ${(error as Error).message}`, 2);
      }
      const input = { caseId: opts.case, fileName: basename(file), contentBase64: bytes.toString('base64') };
      const skipInvalid = Boolean(opts.skipInvalid);
      const result = await withBackend(async (invoke) =>
        opts.dryRun
          ? { ...unwrap(await invoke('questionnaire.previewImport', input)), written: false }
          : unwrap(await invoke('questionnaire.applyImport', { ...input, overwrite: opts.overwrite ? 'all' : 'none', skipInvalid })),
      );
      const report = importReportJson(result, { dryRun: Boolean(opts.dryRun), overwrite: Boolean(opts.overwrite), skipInvalid });
      printJson(report);
      if (report.errors.length > 0) process.exitCode = 2;
    });

  return questionnaire;
}

/** Whether the report's answers can be applied: no errors, or only row errors that are to be skipped. */
function usable(result: ImportReport, skipInvalid: boolean): boolean {
  return result.refusal === null && (result.errors.length === 0 || (skipInvalid && result.canSkipInvalid));
}

function importReportJson(result: ImportReport & { written: boolean }, options: { dryRun: boolean; overwrite: boolean; skipInvalid: boolean }) {
  const { dryRun, overwrite, skipInvalid } = options;
  const conflicts = result.entries.filter((entry) => entry.status === 'conflict');
  const ok = usable(result, skipInvalid);
  const problem = ({ sheet, row, questionId, questionText, value, message }: ImportReport['errors'][number]) => ({ sheet, row, questionId, question: questionText, value, message });
  const refusal = result.refusal !== null ? [{ sheet: null, row: null, questionId: null, question: null, value: null, message: result.refusal }] : [];
  return {
    file: result.fileName,
    dryRun,
    written: result.written,
    applied: ok ? result.counts.new + result.counts.changed + (overwrite ? result.counts.conflicts : 0) : 0,
    new: result.counts.new,
    changed: result.counts.changed,
    unchanged: result.counts.unchanged,
    conflicts: conflicts.map((entry) => ({
      questionId: entry.questionId,
      sheet: entry.sheet,
      row: entry.row,
      stored: entry.before?.value ?? null,
      workbook: entry.after.value,
      overwritten: ok && overwrite && !dryRun,
    })),
    /** What kept the file from being applied; empty when it was (or, in a dry run, would be). */
    errors: ok ? [] : [...refusal, ...result.errors.map(problem)],
    /** The rows with errors left out with --skip-invalid (in a dry run: that would be left out). */
    skipped: ok ? result.errors.map(problem) : [],
  };
}
