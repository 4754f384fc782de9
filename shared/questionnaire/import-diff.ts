import type { AnswerValue } from './answer-value';

export type ImportStatus = 'new' | 'changed' | 'unchanged' | 'conflict';

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

export interface ImportEntry {
  questionId: string;
  status: ImportStatus;
  before: StoredAnswer | null;
  /** What the answer becomes if this entry is applied. */
  after: WorkbookAnswer;
}

function same(a: Omit<WorkbookAnswer, 'questionId'>, b: Omit<WorkbookAnswer, 'questionId'>): boolean {
  return JSON.stringify([a.value, a.referenceDate, a.comment]) === JSON.stringify([b.value, b.referenceDate, b.comment]);
}

/**
 * Compares the workbook with what is stored. Empty workbook cells never erase stored data; a
 * difference to an answer the auditor entered is a conflict, applied only when chosen; a
 * difference to an earlier Rathaus answer is an ordinary change.
 */
export function diffImport(workbook: readonly WorkbookAnswer[], stored: readonly StoredAnswer[]): ImportEntry[] {
  const current = new Map(stored.map((answer) => [answer.questionId, answer]));
  const entries: ImportEntry[] = [];
  for (const row of workbook) {
    const before = current.get(row.questionId) ?? null;
    if (row.value === null && row.referenceDate === null && row.comment === '') continue;
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
            : before.source === 'auditor'
              ? 'conflict'
              : 'changed';
    entries.push({ questionId: row.questionId, status, before, after });
  }
  return entries;
}
