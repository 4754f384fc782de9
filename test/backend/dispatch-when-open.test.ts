import { describe, expect, it } from 'vitest';
import type { Dispatch } from '../../electron/backend/dispatcher';
import { dispatchWhenOpen } from '../../electron/main/dispatch-when-open';

describe('dispatchWhenOpen', () => {
  it('holds calls made before the backend is open and answers them once it is', async () => {
    let open: (backend: { dispatch: Dispatch }) => void = () => undefined;
    const dispatch = dispatchWhenOpen(new Promise((resolve) => (open = resolve)));
    const early = dispatch('cases.list', { query: 'x' }, { origin: 'ui' });
    const seen: unknown[] = [];
    open({ dispatch: async (method, input, context) => (seen.push([method, input, context]), { ok: true, value: 'answered' }) });
    await expect(early).resolves.toEqual({ ok: true, value: 'answered' });
    expect(seen).toEqual([['cases.list', { query: 'x' }, { origin: 'ui' }]]);
  });

  it.each([
    ['could not be opened', () => Promise.resolve(null)],
    ['failed to open', () => Promise.reject(new Error('kaputt'))],
  ])('refuses every call in German when the backend %s', async (_case, opening) => {
    const result = await dispatchWhenOpen(opening())('cases.list', {});
    expect(result).toEqual({ ok: false, error: { code: 'UNAVAILABLE', message: 'Die Daten konnten nicht geöffnet werden.' } });
  });
});
