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
