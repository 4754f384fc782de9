import { describe, expect, it } from 'vitest';
import { createDispatcher, type Handlers } from '../../electron/backend/dispatcher';
import { AppError } from '../../electron/backend/errors';

function handlers(overrides: Partial<Handlers>): Handlers {
  const unexpected = () => {
    throw new Error('not part of this test');
  };
  return new Proxy(overrides as Handlers, { get: (target, key) => (target as Record<string, unknown>)[key as string] ?? unexpected });
}

const info = { appName: 'Familienaudit', version: '1.0.0', dataDir: '/tmp', schemaVersion: 1 };

describe('dispatcher', () => {
  it('passes valid input to the handler and returns its validated output', async () => {
    const dispatch = createDispatcher(handlers({ 'app.info': () => info }));
    expect(await dispatch('app.info', {})).toEqual({ ok: true, value: info });
  });

  it.each([['cases.nope'], ['__proto__'], ['constructor'], [42], [null]])('rejects the unknown method %j', async (method) => {
    const dispatch = createDispatcher(handlers({}));
    const result = await dispatch(method, {});
    expect(result).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
  });

  it('rejects invalid input with German messages per field and never calls the handler', async () => {
    let called = false;
    const dispatch = createDispatcher(
      handlers({
        'cases.get': () => {
          called = true;
          throw new Error('should not run');
        },
      }),
    );
    const result = await dispatch('cases.get', { id: 'keine-uuid' });
    expect(result).toEqual({
      ok: false,
      error: { code: 'INVALID_INPUT', message: 'Die Eingabe ist ungültig (id): Ungültige Kennung.', issues: [{ path: 'id', message: 'Ungültige Kennung.' }] },
    });
    expect(called).toBe(false);
  });

  it('refuses extra properties where a method takes none', async () => {
    const dispatch = createDispatcher(handlers({ 'app.info': () => info }));
    expect(await dispatch('app.info', { sneaky: true })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('does not let invalid handler output cross the transport', async () => {
    const errors: string[] = [];
    const dispatch = createDispatcher(handlers({ 'app.info': () => ({ ...info, version: 7 }) as never }), {
      onInternalError: (method) => errors.push(method),
    });
    expect(await dispatch('app.info', {})).toMatchObject({ ok: false, error: { code: 'INVALID_OUTPUT' } });
    expect(errors).toEqual(['app.info']);
  });

  it('passes an AppError on as it is and hides any other exception', async () => {
    const dispatch = createDispatcher(
      handlers({
        'cases.get': () => {
          throw new AppError('NOT_FOUND', 'Der Auditfall wurde nicht gefunden.');
        },
        'catalogues.list': () => {
          throw new Error('SQLITE_CORRUPT: secret internals');
        },
      }),
      { onInternalError: () => undefined },
    );
    expect(await dispatch('cases.get', { id: '6f1f3c1e-4b7a-4d2e-9a55-0c1b2d3e4f50' })).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'Der Auditfall wurde nicht gefunden.' },
    });
    const hidden = await dispatch('catalogues.list', {});
    expect(hidden).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(JSON.stringify(hidden)).not.toContain('secret');
  });
});
