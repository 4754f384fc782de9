import type { Result } from '../../shared/contract/result';
import type { Dispatch } from '../backend/dispatcher';

const NOT_OPEN: Result<never> = { ok: false, error: { code: 'UNAVAILABLE', message: 'Die Daten konnten nicht geöffnet werden.' } };

/**
 * A dispatch that can be bound before the database is open, so that the window loads while the
 * backend opens: each call waits for the opening and is answered by the backend once it is there,
 * or refused in German when it could not be opened.
 */
export function dispatchWhenOpen(opening: Promise<{ dispatch: Dispatch } | null>): Dispatch {
  const opened = opening.catch(() => null);
  return async (method, input, context) => {
    const backend = await opened;
    return backend ? backend.dispatch(method, input, context) : NOT_OPEN;
  };
}
