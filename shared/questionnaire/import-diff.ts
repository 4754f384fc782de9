import type { AnswerValue } from './answer-value';

type ImportStatus = 'new' | 'changed' | 'unchanged' | 'conflict';

export interface StoredAnswer {
  questionId: string;
  value: AnswerValue | null;
  referenceDate: string | null;
  comment: string;
  source: 'auditor' | 'rathaus';
}

export interface WorkbookAnswer {
  questionId: string;
  value: AnswerValue | null;
  referenceDate: string | null;
  comment: string;
}

interface ImportEntry {
  questionId: string;
  status: ImportStatus;
  before: StoredAnswer | null;
  /** What the answer becomes if this entry is applied. */
  after: WorkbookAnswer;
}

/** An answer's content, without who gave it: what an exported template was prefilled with. */
export type AnswerContent = Omit<WorkbookAnswer, 'questionId'>;

const NOT_ANSWERED: AnswerContent = { value: null, referenceDate: null, comment: '' };

function same(a: AnswerContent, b: AnswerContent): boolean {
  return JSON.stringify([a.value, a.referenceDate, a.comment]) === JSON.stringify([b.value, b.referenceDate, b.comment]);
}

/**
 * Compares the workbook with what is stored. Empty workbook cells never erase stored data; a
 * difference to an answer the auditor entered is a conflict, applied only when chosen; a
 * difference to an earlier Rathaus answer is an ordinary change.
 *
 * With `exported` (what the template was prefilled with, when the app knows it), a row still as
 * it was exported was not touched in the Rathaus and changes nothing, even when the answer here
 * is newer; a row changed in the workbook whose answer here also changed since the export is a
 * conflict, whoever gave the answer.
 */
export function diffImport(workbook: readonly WorkbookAnswer[], stored: readonly StoredAnswer[], exported: ReadonlyMap<string, AnswerContent> | null = null): ImportEntry[] {
  const current = new Map(stored.map((answer) => [answer.questionId, answer]));
  const entries: ImportEntry[] = [];
  for (const row of workbook) {
    const before = current.get(row.questionId) ?? null;
    if (row.value === null && row.referenceDate === null && row.comment === '') continue;
    const atExport = exported ? (exported.get(row.questionId) ?? NOT_ANSWERED) : null;
    if (atExport && same(row, atExport)) {
      entries.push({ questionId: row.questionId, status: 'unchanged', before, after: before ? { questionId: row.questionId, value: before.value, referenceDate: before.referenceDate, comment: before.comment } : row });
      continue;
    }
    const changedHereSinceExport = atExport !== null && before !== null && !same(before, atExport);
    const after: WorkbookAnswer = {
      questionId: row.questionId,
      value: row.value ?? before?.value ?? null,
      referenceDate: row.referenceDate ?? before?.referenceDate ?? null,
      comment: row.comment || before?.comment || '',
    };
    const status: ImportStatus =
      before === null
        ? 'new'
        : same(after, before)
          ? 'unchanged'
          : before.value === null && before.comment === '' && before.referenceDate === null
            ? 'new'
            : before.source === 'auditor' || changedHereSinceExport
              ? 'conflict'
              : 'changed';
    entries.push({ questionId: row.questionId, status, before, after });
  }
  return entries;
}
