import { afterEach } from 'vitest';
import { typedInvoke, type Invoke } from '../../shared/contract/invoke';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/contract';
import { createBackend, type Backend } from '../../electron/backend/backend';
import { fixedClock, type Clock } from '../../electron/backend/clock';
import { tempDir } from './temp-dir';

const open: Backend[] = [];

export interface TestBackend {
  backend: Backend;
  dataDir: string;
  invoke: Invoke;
  /** Calls a method and fails the test with the backend's message if it does not succeed. */
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
}

export async function testBackend(options: { clock?: Clock; dataDir?: string; user?: string; busyRetryMs?: number } = {}): Promise<TestBackend> {
  const dataDir = options.dataDir ?? tempDir();
  const backend = await createBackend({
    dataDir,
    clock: options.clock ?? fixedClock('2026-06-15T09:00:00.000Z'),
    ...(options.user ? { user: options.user } : {}),
    ...(options.busyRetryMs !== undefined ? { busyRetryMs: options.busyRetryMs } : {}),
    onInternalError: (method, error) => {
      throw new Error(`${method} failed internally: ${String(error)}`);
    },
  });
  open.push(backend);
  const invoke = typedInvoke(backend.dispatch);
  return {
    backend,
    dataDir,
    invoke,
    async call(method, input) {
      const result = await invoke(method, input);
      if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
      return result.value;
    },
  };
}

afterEach(async () => {
  for (const backend of open.splice(0)) await backend.close();
});
