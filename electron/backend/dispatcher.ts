import type { z } from '../../shared/zod';
import {
  contract,
  isMethodName,
  type MethodName,
  type MethodOutput,
  type ParsedInput,
  type Result,
} from '../../shared/contract';
import type { FieldIssue } from '../../shared/contract/result';
import { callOriginSchema } from '../../shared/contract/case-events';
import { findXmlUnsafeText } from '../../shared/contract/unsafe-text';
import { XML_UNSAFE_MESSAGE } from '../../shared/domain/xml-safe-text';
import { AppError } from './errors';
import { DATABASE_BUSY_MESSAGE, isDatabaseBusy, storageFailure } from './storage-errors';

export type Handler<M extends MethodName> = (input: ParsedInput<M>) => MethodOutput<M> | Promise<MethodOutput<M>>;
export type Handlers = { [M in MethodName]: Handler<M> };
/** One feature's part of the handler map: every method named `<domain>.…`, and only those. */
export type HandlerSlice<Domain extends string> = { [M in MethodName as M extends `${Domain}.${string}` ? M : never]: Handler<M> };

/** What a transport knows about a call besides its method and input. */
export interface CallContext {
  /** The window the call came from (unchecked; the dispatcher keeps it only when well-formed). */
  origin?: unknown;
}

interface SucceededCall<M extends MethodName = MethodName> {
  method: M;
  input: ParsedInput<M>;
  output: MethodOutput<M>;
  origin: string | null;
}

export type Dispatch = (method: unknown, input: unknown, context?: CallContext) => Promise<Result<unknown>>;

interface DispatcherOptions {
  /** Where unexpected errors are reported; they never cross the transport as they are. */
  onInternalError?: (method: string, error: unknown) => void;
  /** How long a call whose database is locked by another program is tried again, in all. */
  busyRetryMs?: number;
  /** Hears every call that succeeded, after its output was validated, before the caller is answered (the backend dates and announces case changes here). */
  onSuccess?: (call: SucceededCall) => void | Promise<void>;
}

const BUSY_PAUSE_MS = 200;
const DEFAULT_BUSY_RETRY_MS = 15_000;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs a handler and, while SQLite reports its database locked by another connection, runs it
 * again after a pause (without blocking the process), up to `totalMs`. A locked write changed
 * nothing (its transaction was rolled back), so the call can simply be repeated.
 */
async function withBusyRetry<T>(work: () => Promise<T> | T, totalMs: number): Promise<T> {
  const started = Date.now();
  for (;;) {
    try {
      return await work();
    } catch (error) {
      if (!isDatabaseBusy(error) || Date.now() - started + BUSY_PAUSE_MS > totalMs) throw error;
      await pause(BUSY_PAUSE_MS);
    }
  }
}

function toFieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
}

function describeIssues(issues: FieldIssue[]): string {
  const first = issues[0];
  if (!first) return 'Die Eingabe ist ungültig.';
  const where = first.path ? ` (${first.path})` : '';
  const more = issues.length > 1 ? ` und ${issues.length - 1} weitere Angabe(n)` : '';
  return `Die Eingabe ist ungültig${where}: ${first.message}${more}`;
}

/**
 * The single entry point of every transport: checks the method name, validates input against
 * the contract, runs the handler, validates its output, and turns every outcome into a Result.
 */
export function createDispatcher(handlers: Handlers, options: DispatcherOptions = {}): Dispatch {
  return async (method, input, context) => {
    if (!isMethodName(method)) {
      return { ok: false, error: { code: 'UNKNOWN_METHOD', message: `Unbekannte Methode: ${String(method).slice(0, 100)}` } };
    }
    const schemas = contract[method];
    const unsafe = findXmlUnsafeText(input);
    if (unsafe !== null) {
      const issues = [{ path: unsafe, message: XML_UNSAFE_MESSAGE }];
      return { ok: false, error: { code: 'INVALID_INPUT', message: describeIssues(issues), issues } };
    }
    const parsedInput = schemas.input.safeParse(input ?? {});
    if (!parsedInput.success) {
      const issues = toFieldIssues(parsedInput.error);
      return { ok: false, error: { code: 'INVALID_INPUT', message: describeIssues(issues), issues } };
    }
    let value: unknown;
    try {
      const handler = handlers[method] as (input: unknown) => unknown;
      value = await withBusyRetry(() => handler(parsedInput.data), options.busyRetryMs ?? DEFAULT_BUSY_RETRY_MS);
    } catch (error) {
      if (error instanceof AppError) {
        return {
          ok: false,
          error: { code: error.code, message: error.message, ...(error.issues ? { issues: error.issues } : {}) },
        };
      }
      const storage = storageFailure(error);
      if (storage) return { ok: false, error: { code: 'STORAGE', message: storage.message } };
      if (isDatabaseBusy(error)) return { ok: false, error: { code: 'BUSY', message: DATABASE_BUSY_MESSAGE } };
      options.onInternalError?.(method, error);
      return {
        ok: false,
        error: { code: 'INTERNAL', message: 'Ein interner Fehler ist aufgetreten. Ihre gespeicherten Daten sind unverändert.' },
      };
    }
    const parsedOutput = schemas.output.safeParse(value);
    if (!parsedOutput.success) {
      options.onInternalError?.(method, parsedOutput.error);
      return {
        ok: false,
        error: { code: 'INVALID_OUTPUT', message: 'Die App hat eine unerwartete Antwort erzeugt. Bitte melden Sie diesen Fehler.' },
      };
    }
    if (options.onSuccess) {
      const origin = callOriginSchema.safeParse(context?.origin);
      try {
        await options.onSuccess({ method, input: parsedInput.data, output: parsedOutput.data, origin: origin.success ? origin.data : null } as SucceededCall);
      } catch (error) {
        // The change is stored; a failing listener must not turn it into a failure.
        options.onInternalError?.(method, error);
      }
    }
    return { ok: true, value: parsedOutput.data };
  };
}
