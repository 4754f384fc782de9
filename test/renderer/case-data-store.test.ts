import { describe, expect, it, vi } from 'vitest';

vi.mock('../../renderer/src/api/client', () => ({ call: vi.fn(), errorMessage: (error: unknown) => String(error) }));
const { createCaseDataStore } = await import('../../renderer/src/api/case-data-store');

interface Data {
  caseId: string;
  fields: { id: string; score: number }[];
}

function storeAnswering(answers: Data[]) {
  let next = 0;
  return createCaseDataStore<Data, never>(async () => structuredClone(answers[Math.min(next++, answers.length - 1)]!));
}

describe('case data store', () => {
  it.each([
    ['keeps the shown object when a reload finds the same data', { caseId: 'a', fields: [{ id: 'f1', score: 2 }] }, true],
    ['shows the new object when a reload finds a change', { caseId: 'a', fields: [{ id: 'f1', score: 3 }] }, false],
  ])('%s', async (_case, reloaded, kept) => {
    const store = storeAnswering([{ caseId: 'a', fields: [{ id: 'f1', score: 2 }] }, reloaded]);
    await store.getState().load('a');
    const first = store.getState().data;
    await store.getState().load('a');
    expect(store.getState().data).toEqual(reloaded);
    expect(store.getState().data === first).toBe(kept);
  });

  it('drops the data of another case at once when a new case loads', async () => {
    const store = createCaseDataStore<Data, never>(async (caseId) => ({ caseId, fields: [] }));
    await store.getState().load('a');
    const loading = store.getState().load('b');
    expect(store.getState().data).toBeNull();
    await loading;
    expect(store.getState().data?.caseId).toBe('b');
  });
});
