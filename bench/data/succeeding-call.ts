import type { MethodInput, MethodName, MethodOutput } from '../../shared/contract';
import type { Invoke } from '../../shared/contract/invoke';

/** Calls through `invoke` and returns the value; a refused call ends the bench run with its message. */
export function succeedingCall(invoke: Invoke) {
  return async <M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> => {
    const result = await invoke(method, input);
    if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
    return result.value;
  };
}
