import type { ErrorCode, FieldIssue } from '../../shared/contract/result';

/** An error whose German message is meant for the user; the dispatcher passes it on as it is. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: FieldIssue[],
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export function notFound(message: string): AppError {
  return new AppError('NOT_FOUND', message);
}

export function invalidInput(path: string, message: string): AppError {
  return new AppError('INVALID_INPUT', message, [{ path, message }]);
}

/**
 * A write that replaces a stored value which has changed since the writer last saw it (another
 * window): nothing was written. The field issue lets the page offer to load the stored state.
 */
export function staleWrite(path: string, message: string): AppError {
  return new AppError('CONFLICT', message, [{ path, message: 'In einem anderen Fenster geändert.' }]);
}

/** `what` ("Diese Begründung") was changed elsewhere to `storedText` since the writer loaded it. */
export function staleText(path: string, what: string, storedText: string): AppError {
  const now = storedText.trim() === '' ? 'sie ist jetzt leer' : `jetzt „${storedText.length > 120 ? `${storedText.slice(0, 117)}…` : storedText}“`;
  return staleWrite(path, `${what} wurde inzwischen an anderer Stelle geändert (${now}). Ihre Eingabe wurde nicht gespeichert; bitte den gespeicherten Stand laden und danach ändern.`);
}

/** The database cannot be used by this app version; the message explains why in German. */
export class DatabaseOpenError extends Error {
  constructor(
    readonly reason: 'too-new' | 'unreadable' | 'corrupt' | 'storage',
    message: string,
  ) {
    super(message);
    this.name = 'DatabaseOpenError';
  }
}
