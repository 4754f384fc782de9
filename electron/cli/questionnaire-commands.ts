import type { Command } from 'commander';
import { addFileExport, caseCommand, commandGroup } from './command-builders';
import { basename } from 'node:path';
import type { ImportReport } from '../../shared/contract/questionnaire-exchange';
import { readInputFile } from './files';
import { printJson, printList, unwrap, type WithBackend } from './output';

export function questionnaireCommand(withBackend: WithBackend): Command {
  const questionnaire = commandGroup('questionnaire', 'Fragebogen eines Auditfalls (IST-Analyse bzw. Bilanz)');

  caseCommand(questionnaire, 'answers', 'Gibt die gespeicherten Antworten eines Auditfalls aus')
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
      printList(answers, { json: opts.json, none: 'Noch keine Antworten.' }, (answer) => `${answer.questionId}: ${JSON.stringify(answer.value)} (${answer.source})`);
    });

  addFileExport(questionnaire, withBackend, {
    name: 'template',
    description: 'Schreibt die Ausfüll-Arbeitsmappe (Excel) für das Rathaus',
    target: 'Zieldatei (.xlsx)',
    method: 'questionnaire.exportTemplate',
  });

  caseCommand(questionnaire, 'import', 'Liest eine ausgefüllte Arbeitsmappe ein (alles oder nichts, mit --skip-invalid ohne die fehlerhaften Zeilen)')
    .argument('<file>', 'ausgefüllte Arbeitsmappe (.xlsx)')
    .option('--dry-run', 'nur prüfen und berichten, nichts speichern')
    .option('--overwrite', 'Konflikte übernehmen (Werte der Arbeitsmappe ersetzen Antworten der Auditorin/des Auditors)')
    .option('--skip-invalid', 'gültige Zeilen übernehmen, fehlerhafte überspringen (werden im Bericht und im Importprotokoll aufgeführt)')
    .action(async (file: string, opts: { case: string; dryRun?: boolean; overwrite?: boolean; skipInvalid?: boolean }) => {
      const input = { caseId: opts.case, fileName: basename(file), contentBase64: readInputFile(file).toString('base64') };
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
