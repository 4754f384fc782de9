import type { MethodInput, MethodName, MethodOutput } from './index';
import type { Result } from './result';

/** What every client (renderer transports, CLI, tests) calls: typed by the contract. */
export type Invoke = <M extends MethodName>(method: M, input: MethodInput<M>) => Promise<Result<MethodOutput<M>>>;

/** Types an untyped transport function by the contract; the backend validated the output. */
export function typedInvoke(send: (method: string, input: unknown) => Promise<Result<unknown>>): Invoke {
  return send as Invoke;
}
