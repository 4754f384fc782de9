export type ErrorCode =
  | 'UNKNOWN_METHOD'
  | 'INVALID_INPUT'
  | 'INVALID_OUTPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'UNAVAILABLE'
  /** The disk is full, write-protected or failing; nothing was written. */
  | 'STORAGE'
  /** Another program holds the database locked for longer than the backend waits; nothing was written, try again. */
  | 'BUSY'
  | 'INTERNAL';

export interface FieldIssue {
  /** Dotted path of the offending field, e.g. "projectLead.name"; empty for the whole input. */
  path: string;
  message: string;
}

export interface ApiError {
  code: ErrorCode;
  /** A German sentence the UI can show as it is. */
  message: string;
  issues?: FieldIssue[];
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };
