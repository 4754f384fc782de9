import { createHash, randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { ApplyImportResult, FileOutput, ImportReport } from '../../../shared/contract/questionnaire-exchange';
import { diffImport, type AnswerContent, type StoredAnswer } from '../../../shared/questionnaire/import-diff';
import { exportedAnswersSchema } from '../../../shared/contract/questionnaire-exchange';
import { findExport, insertExport } from './questionnaire-exports.repository';
import { findQuestion } from '../../../shared/questionnaire/sections';
import type { CataloguesService } from '../catalogues/catalogues.service';
import { assertCanChange, type CasesService } from '../cases/cases.service';
import type { Clock } from '../clock';
import type { DatabaseSchema } from '../db/schema';
import { buildQuestionnaireTemplate } from '../xlsx/questionnaire-template';
import { parseQuestionnaireWorkbook, QUESTIONNAIRE_SELECTION } from '../xlsx/questionnaire-workbook';
import { readWorkbook } from '../xlsx/read-workbook';
import { applyImportRows } from './questionnaire-imports.repository';
import { safeFileStem } from '../../../shared/domain/file-names';
import { formatGermanDate, formatGermanDateTime } from '../../../shared/domain/dates';
import { roundLabel } from '../../../shared/catalogue/terminology';
import type { CaseDetail } from '../../../shared/contract/cases';
import type { QuestionnaireService } from './questionnaire.service';

type Db = Kysely<DatabaseSchema>;

interface ExchangeDeps {
  db: Db;
  clock: Clock;
  cases: CasesService;
  catalogues: CataloguesService;
  questionnaire: QuestionnaireService;
  appVersion: string;
  /** Who imports: the person named in the settings; recorded in the import log. */
  currentUser: () => string;
}

function decode(contentBase64: string): Buffer {
  return Buffer.from(contentBase64, 'base64');
}

function emptyReport(fileName: string, refusal: string): ImportReport {
  return { fileName, refusal, entries: [], errors: [], canSkipInvalid: false, counts: { new: 0, changed: 0, unchanged: 0, conflicts: 0 } };
}

/** The Excel round trip with the Rathaus: the fill-in workbook out, the filled one back in. */
export function createQuestionnaireExchangeService(deps: ExchangeDeps) {
  const { db, clock, cases, questionnaire } = deps;

  /** What a template exported from this case was prefilled with; null for an unknown export (an older template). */
  async function exportedAnswers(caseId: string, exportId: string): Promise<Map<string, AnswerContent> | null> {
    const row = await findExport(db, caseId, exportId);
    if (!row) return null;
    const parsed = exportedAnswersSchema.safeParse(JSON.parse(row.exported_answers));
    return parsed.success ? new Map(Object.entries(parsed.data)) : null;
  }

  /** A workbook of another case here says which one: above all another round of the same municipality. */
  async function otherCaseRefusal(caseId: string, other: { caseId: string; municipality: string; exportedAt: string | null }): Promise<string> {
    const [current, theirs] = await Promise.all([cases.get(caseId), cases.get(other.caseId).catch(() => null)]);
    if (!theirs) {
      return `Die Arbeitsmappe gehört zu einem Auditfall${other.municipality ? ` von ${other.municipality}` : ''}, der hier nicht angelegt ist (etwa eine Runde auf einem anderen Rechner), nicht zu dieser Runde von ${current.municipalityName}. Es wurde nichts übernommen.`;
    }
    const round = (detail: CaseDetail) => `${roundLabel(detail.terms, detail.auditRound)}, angelegt am ${formatGermanDate(detail.createdAt.slice(0, 10))}`;
    const exported = other.exportedAt && !Number.isNaN(Date.parse(other.exportedAt)) ? `, Vorlage exportiert am ${formatGermanDateTime(other.exportedAt)}` : '';
    const nothing = 'Bitte die Arbeitsmappe in jener Runde importieren oder für diese Runde eine neue Vorlage exportieren. Es wurde nichts übernommen.';
    if (theirs.ags === current.ags) {
      return `Die Arbeitsmappe gehört zu einer anderen Runde von ${theirs.municipalityName}: ${round(theirs)}${exported}. Geöffnet ist ${round(current)}. ${nothing}`;
    }
    return `Die Arbeitsmappe gehört zum Auditfall ${theirs.municipalityName} (${round(theirs)}${exported}), nicht zu ${current.municipalityName}. Es wurde nichts übernommen.`;
  }

  async function report(caseId: string, fileName: string, bytes: Buffer): Promise<ImportReport> {
    const { municipalityName } = await cases.pinnedCatalogue(caseId);
    const current = await questionnaire.get(caseId);
    const read = await readWorkbook(bytes, QUESTIONNAIRE_SELECTION);
    if (!read.ok) return emptyReport(fileName, read.message);
    const parsed = parseQuestionnaireWorkbook(read.workbook, {
      caseId,
      municipalityName,
      catalogueId: current.catalogue.id,
      catalogueVersion: current.catalogue.version,
      sections: current.catalogue.sections,
    });
    if (!parsed.ok) return emptyReport(fileName, parsed.otherCase ? await otherCaseRefusal(caseId, parsed.otherCase) : parsed.refusal);
    const stored: StoredAnswer[] = current.answers.map(({ questionId, value, referenceDate, comment, source }) => ({ questionId, value, referenceDate, comment, source }));
    const where = new Map(parsed.answers.map((answer) => [answer.questionId, answer]));
    const exported = parsed.exportId ? await exportedAnswers(caseId, parsed.exportId) : null;
    const entries = diffImport(parsed.answers, stored, exported).map((entry) => {
      const origin = where.get(entry.questionId);
      const before = entry.before ? { value: entry.before.value, referenceDate: entry.before.referenceDate, comment: entry.before.comment, source: entry.before.source } : null;
      return {
        questionId: entry.questionId,
        questionText: findQuestion(current.catalogue.sections, entry.questionId)?.text ?? entry.questionId,
        sheet: origin?.sheet ?? '',
        row: origin?.row ?? 0,
        status: entry.status,
        before,
        after: { value: entry.after.value, referenceDate: entry.after.referenceDate, comment: entry.after.comment },
      };
    });
    const count = (status: ImportReport['entries'][number]['status']) => entries.filter((entry) => entry.status === status).length;
    const errors = parsed.problems.map((problem) => ({
      ...problem,
      questionText: problem.questionId ? (findQuestion(current.catalogue.sections, problem.questionId)?.text ?? null) : null,
    }));
    return {
      fileName,
      refusal: null,
      entries,
      errors,
      // A problem of a whole sheet (renamed like a helper sheet, cut off) is not a row that could be left out.
      canSkipInvalid: errors.length > 0 && errors.every((error) => error.row !== null),
      counts: { new: count('new'), changed: count('changed'), unchanged: count('unchanged'), conflicts: count('conflict') },
    };
  }

  return {
    async exportTemplate(caseId: string): Promise<FileOutput> {
      const detail = await cases.get(caseId);
      const current = await questionnaire.get(caseId);
      const catalogue = await deps.catalogues.get(current.catalogue.id, current.catalogue.version);
      const exportedAt = new Date(clock.nowIso());
      const exportId = randomUUID();
      const bytes = await buildQuestionnaireTemplate({
        exportId,
        caseId,
        municipalityName: detail.municipalityName,
        catalogue: { ...catalogue, modules: current.catalogue.modules },
        sections: current.catalogue.sections,
        answers: current.answers,
        exportedAt,
        appVersion: deps.appVersion,
      });
      const prefilled = Object.fromEntries(current.answers.map(({ questionId, value, referenceDate, comment }) => [questionId, { value, referenceDate, comment }]));
      await insertExport(db, { id: exportId, case_id: caseId, exported_at: exportedAt.toISOString(), exported_answers: JSON.stringify(prefilled) });
      return {
        fileName: `Fragebogen_${safeFileStem(detail.municipalityName)}_${clock.today()}.xlsx`,
        contentBase64: bytes.toString('base64'),
      };
    },

    preview(caseId: string, fileName: string, contentBase64: string): Promise<ImportReport> {
      return report(caseId, fileName, decode(contentBase64));
    },

    /**
     * All or nothing by default: any error means nothing is written. With `skipInvalid`, the valid
     * rows are written and the rows with errors are left out and named in the import log.
     * `beforeWrite` runs only when the file is accepted and changes answers, e.g. to take a backup.
     */
    async apply(
      caseId: string,
      fileName: string,
      contentBase64: string,
      { overwrite, skipInvalid = false, beforeWrite }: { overwrite: 'all' | 'none' | string[]; skipInvalid?: boolean; beforeWrite?: () => Promise<unknown> },
    ): Promise<ApplyImportResult> {
      const pinned = await cases.pinnedCatalogue(caseId);
      assertCanChange(pinned, 'questionnaire');
      const bytes = decode(contentBase64);
      const result = await report(caseId, fileName, bytes);
      if (result.refusal !== null || (result.errors.length > 0 && !(skipInvalid && result.canSkipInvalid))) {
        return { ...result, written: false, applied: 0, skippedConflicts: [], skippedRows: [], importId: null };
      }
      const skippedRows = result.errors;
      const chosen = (questionId: string) => overwrite === 'all' || (Array.isArray(overwrite) && overwrite.includes(questionId));
      const toWrite = result.entries.filter((entry) => entry.status === 'new' || entry.status === 'changed' || (entry.status === 'conflict' && chosen(entry.questionId)));
      const skippedConflicts = result.entries.filter((entry) => entry.status === 'conflict' && !chosen(entry.questionId)).map((entry) => entry.questionId);
      // Nothing to back up for an import that changes no answer; only its log entry is written.
      if (toWrite.length > 0) await beforeWrite?.();
      const now = clock.nowIso();
      const importId = randomUUID();
      await applyImportRows(
        db,
        toWrite.map((entry) => ({
          case_id: caseId,
          question_id: entry.questionId,
          value: entry.after.value === null ? null : JSON.stringify(entry.after.value),
          reference_date: entry.after.referenceDate,
          comment: entry.after.comment,
          source: 'rathaus' as const,
          updated_at: now,
        })),
        {
          id: importId,
          case_id: caseId,
          file_name: fileName,
          file_content: bytes,
          file_sha256: createHash('sha256').update(bytes).digest('hex'),
          imported_at: now,
          imported_by: deps.currentUser(),
          applied: toWrite.length,
          summary: JSON.stringify({
            counts: result.counts,
            applied: toWrite.map((entry) => entry.questionId),
            skippedConflicts,
            mode: skipInvalid ? 'skip-invalid' : 'all-or-nothing',
            skippedRows: skippedRows.map(({ sheet, row, questionId, value, message }) => ({ sheet, row, questionId, value, message })),
          }),
        },
      );
      return { ...result, written: true, applied: toWrite.length, skippedConflicts, skippedRows, importId };
    },
  };
}

export type QuestionnaireExchangeService = ReturnType<typeof createQuestionnaireExchangeService>;
