import type { Invoke } from '../../shared/contract/invoke';
import type { Result } from '../../shared/contract';
import type { Backend } from '../backend/backend';

export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}

/** Unwraps a dispatcher result for the CLI: refusals exit 2, internal failures exit 1. */
export function unwrap<T>(result: Result<T>): T {
  if (result.ok) return result.value;
  const issues = result.error.issues ?? [];
  const details = issues.length > 1 ? issues.map((issue) => `  ${issue.path || 'Eingabe'}: ${issue.message}`).join('\n') : '';
  const code = result.error.code === 'INTERNAL' || result.error.code === 'INVALID_OUTPUT' ? 1 : 2;
  throw new CliError(details ? `${result.error.message}\n${details}` : result.error.message, code);
}

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

/** Runs one command against a freshly opened backend and closes it again. */
export type WithBackend = <T>(run: (invoke: Invoke, backend: Backend) => Promise<T>) => Promise<T>;

/** A list as JSON (`--json`) or as one line per entry, with `none` when it is empty. */
export function printList<T>(items: readonly T[], options: { json: boolean | undefined; none: string }, line: (item: T) => string): void {
  if (options.json) return printJson(items);
  for (const item of items) process.stdout.write(`${line(item)}\n`);
  if (items.length === 0) process.stdout.write(`${options.none}\n`);
}
