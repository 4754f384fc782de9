import type { EventName, EventPayload, MethodInput, MethodName, MethodOutput } from '../../../shared/contract';
import { typedInvoke } from '../../../shared/contract/invoke';
import type { ApiError } from '../../../shared/contract/result';
import type { FamilienauditBridge } from './bridge';
import { createHttpBridge } from './http-transport';

/** Electron's preload provides the bridge; in the browser mode the loopback transport does. */
const bridge: FamilienauditBridge = window.familienaudit ?? createHttpBridge(window.location);

export class ApiCallError extends Error {
  constructor(readonly error: ApiError) {
    super(error.message);
    this.name = 'ApiCallError';
  }
}

/** Names this window in every call, so that it can tell the backend's echo of its own writes from other windows' changes. */
export const windowOrigin = crypto.randomUUID();

const invoke = typedInvoke((method, input) => bridge.invoke(method, input, windowOrigin));

/** Calls a method and throws ApiCallError with the backend's German message on failure. */
export async function call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  const result = await invoke(method, input);
  if (!result.ok) throw new ApiCallError(result.error);
  return result.value;
}

export function subscribe<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void {
  return bridge.on(event, (payload) => listener(payload as EventPayload<E>));
}

/** A write the backend refused because what it replaces was changed elsewhere meanwhile (see staleWrite in the backend). */
export function isStaleWrite(error: unknown): boolean {
  return error instanceof ApiCallError && error.error.code === 'CONFLICT' && (error.error.issues?.length ?? 0) > 0;
}

export function errorMessage(error: unknown): string {
  if (error instanceof ApiCallError) return error.message;
  return 'Ein unerwarteter Fehler ist aufgetreten.';
}
