import { describe, expect, it } from 'vitest';
import { fieldChanges } from '../../shared/change-log/change-entry';

describe('fieldChanges', () => {
  it.each([
    {
      name: 'an update lists only what changed, without bookkeeping',
      operation: 'update' as const,
      old: { value: '"5"', comment: '', updated_at: 't1' },
      next: { value: '"7"', comment: '', updated_at: 't2' },
      expected: [{ field: 'value', before: '"5"', after: '"7"' }],
    },
    {
      name: 'an update of bookkeeping alone still shows it',
      operation: 'update' as const,
      old: { value: 1, updated_at: 't1' },
      next: { value: 1, updated_at: 't2' },
      expected: [{ field: 'updated_at', before: 't1', after: 't2' }],
    },
    {
      name: 'an insert lists the values set',
      operation: 'insert' as const,
      old: null,
      next: { id: 'm1', case_id: 'c1', title: 'Kita', note: null, comment: '' },
      expected: [
        { field: 'id', before: null, after: 'm1' },
        { field: 'title', before: null, after: 'Kita' },
      ],
    },
    {
      name: 'a delete lists the values removed',
      operation: 'delete' as const,
      old: { id: 'm1', budget_cents: 0 },
      next: null,
      expected: [
        { field: 'id', before: 'm1', after: null },
        { field: 'budget_cents', before: 0, after: null },
      ],
    },
    {
      name: 'a value set to empty is a change',
      operation: 'update' as const,
      old: { comment: 'alt' },
      next: { comment: null },
      expected: [{ field: 'comment', before: 'alt', after: null }],
    },
  ])('$name', ({ operation, old, next, expected }) => {
    expect(fieldChanges(operation, old && JSON.stringify(old), next && JSON.stringify(next))).toEqual(expected);
  });
});
