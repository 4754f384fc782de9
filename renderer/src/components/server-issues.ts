import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { ApiCallError } from '../api/client';

/**
 * Puts the field problems the backend found (a `VALIDATION` error's issues) next to their form
 * fields; `fieldOf` names the form field for an issue's path, or null when the form has none.
 * Returns how many it placed, so that a form need not say the same again above them.
 */
export function showServerIssues<T extends FieldValues>(error: unknown, setError: UseFormSetError<T>, fieldOf: (path: string) => Path<T> | null): number {
  if (!(error instanceof ApiCallError)) return 0;
  let placed = 0;
  for (const issue of error.error.issues ?? []) {
    const field = fieldOf(issue.path);
    if (!field) continue;
    setError(field, { message: issue.message }, { shouldFocus: placed === 0 });
    placed += 1;
  }
  return placed;
}
