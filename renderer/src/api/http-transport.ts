import type { Result } from '../../../shared/contract/result';
import { ORIGIN_HEADER } from '../../../shared/ipc-channels';
import type { FamilienauditBridge } from './bridge';

const TOKEN_HEADER = 'X-Familienaudit-Token';
/** Browsers let keepalive requests outlive the page, but only up to 64 KB of body. */
const KEEPALIVE_LIMIT = 60_000;

/** The loopback transport of the browser mode: the token comes with the page's URL. */
export function createHttpBridge(location: Location): FamilienauditBridge {
  const token = new URLSearchParams(location.search).get('token') ?? '';
  let source: EventSource | null = null;
  const listeners = new Map<string, Set<(payload: unknown) => void>>();

  function ensureSource(): EventSource {
    if (source) return source;
    source = new EventSource(`/api/events?token=${encodeURIComponent(token)}`);
    return source;
  }

  return {
    async invoke(method, input, origin) {
      try {
        const body = JSON.stringify({ method, input });
        const response = await fetch('/api/invoke', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: token, ...(origin ? { [ORIGIN_HEADER]: origin } : {}) },
          body,
          // An autosave fired while the page unloads must still arrive.
          keepalive: body.length < KEEPALIVE_LIMIT,
        });
        if (!response.ok) {
          return {
            ok: false,
            error: {
              code: 'UNAVAILABLE',
              message:
                response.status === 403
                  ? 'Zugriff verweigert: Bitte die vollständige Adresse mit Zugangsschlüssel öffnen, die beim Start ausgegeben wurde.'
                  : `Der Server hat die Anfrage abgelehnt (HTTP ${response.status}).`,
            },
          };
        }
        return (await response.json()) as Result<unknown>;
      } catch {
        return {
          ok: false,
          error: { code: 'UNAVAILABLE', message: 'Keine Verbindung zur App. Läuft „npm run start:web“ noch?' },
        };
      }
    },
    on(event, listener) {
      let set = listeners.get(event);
      if (!set) {
        const created = new Set<(payload: unknown) => void>();
        listeners.set(event, created);
        ensureSource().addEventListener(event, (message) => {
          const payload: unknown = JSON.parse((message as MessageEvent<string>).data);
          for (const each of created) each(payload);
        });
        set = created;
      }
      set.add(listener);
      return () => set.delete(listener);
    },
  };
}
