import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

const TOKEN_HEADER = 'x-familienaudit-token';
export const TOKEN_COOKIE = 'familienaudit_token';

function allowedHosts(port: number): Set<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
}

function allowedOrigins(port: number): Set<string> {
  return new Set([...allowedHosts(port)].map((host) => `http://${host}`));
}

function sameToken(candidate: string | undefined, token: string): boolean {
  if (!candidate) return false;
  const a = Buffer.from(candidate);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function cookieToken(req: IncomingMessage): string | undefined {
  const header = req.headers.cookie;
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === TOKEN_COOKIE) return rest.join('=');
  }
  return undefined;
}

type GuardVerdict = { ok: true; tokenFromQuery: boolean } | { ok: false; reason: string };

/**
 * Host and Origin must name this server (defeats DNS rebinding and cross-site requests);
 * the token must come in the header, or, for page loads and the event stream that cannot set
 * headers, in the query or the cookie set by the first page load.
 */
export function checkRequest(req: IncomingMessage, url: URL, port: number, token: string, headerOnly: boolean): GuardVerdict {
  const hosts = allowedHosts(port);
  if (!req.headers.host || !hosts.has(req.headers.host)) return { ok: false, reason: 'host' };
  const origin = req.headers.origin;
  if (origin !== undefined && !allowedOrigins(port).has(origin)) return { ok: false, reason: 'origin' };
  const header = req.headers[TOKEN_HEADER];
  if (sameToken(typeof header === 'string' ? header : undefined, token)) return { ok: true, tokenFromQuery: false };
  if (headerOnly) return { ok: false, reason: 'token' };
  if (sameToken(url.searchParams.get('token') ?? undefined, token)) return { ok: true, tokenFromQuery: true };
  if (sameToken(cookieToken(req), token)) return { ok: true, tokenFromQuery: false };
  return { ok: false, reason: 'token' };
}
