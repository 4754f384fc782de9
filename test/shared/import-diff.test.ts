import { describe, expect, it } from 'vitest';
import { diffImport, type StoredAnswer, type WorkbookAnswer } from '../../shared/questionnaire/import-diff';

const row = (value: WorkbookAnswer['value'], extra: Partial<WorkbookAnswer> = {}): WorkbookAnswer => ({ questionId: 'q', value, referenceDate: null, comment: '', ...extra });
const stored = (value: StoredAnswer['value'], source: StoredAnswer['source'], extra: Partial<StoredAnswer> = {}): StoredAnswer => ({
  questionId: 'q', value, referenceDate: null, comment: '', source, ...extra,
});

describe('diffImport', () => {
  it.each<[string, WorkbookAnswer, StoredAnswer | null, string | null, Partial<WorkbookAnswer>]>([
    ['a first answer is new', row(5), null, 'new', { value: 5 }],
    ['an answer to a cleared question is new', row(5), stored(null, 'auditor'), 'new', { value: 5 }],
    ['the same value is unchanged', row(5), stored(5, 'auditor'), 'unchanged', { value: 5 }],
    ['a different value than the Rathaus sent before is a change', row(6), stored(5, 'rathaus'), 'changed', { value: 6 }],
    ['a different value than the auditor entered is a conflict', row(6), stored(5, 'auditor'), 'conflict', { value: 6 }],
    ['an empty row is skipped and erases nothing', row(null), stored(5, 'auditor'), null, {}],
    ['an empty cell keeps the stored value but takes a new comment', row(null, { comment: 'Quelle: Jugendamt' }), stored(5, 'rathaus'), 'changed', { value: 5, comment: 'Quelle: Jugendamt' }],
    ['an empty comment keeps the stored comment', row(5), stored(5, 'auditor', { comment: 'geprüft' }), 'unchanged', { comment: 'geprüft' }],
    ['a new Stichtag is a change', row(5, { referenceDate: '2026-03-01' }), stored(5, 'rathaus'), 'changed', { referenceDate: '2026-03-01' }],
    ['option lists compare by content', row(['a', 'b']), stored(['a', 'b'], 'auditor'), 'unchanged', { value: ['a', 'b'] }],
  ])('%s', (_label, workbook, before, status, after) => {
    const entries = diffImport([workbook], before ? [before] : []);
    if (status === null) {
      expect(entries).toEqual([]);
      return;
    }
    expect(entries).toHaveLength(1);
    expect(entries[0]?.status).toBe(status);
    expect(entries[0]?.after).toMatchObject(after);
  });
});
