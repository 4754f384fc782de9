import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { base64Length, MEGABYTE, UPLOAD_LIMITS_MB } from '../../shared/contract/limits';
import { HEADER_CSP } from '../../shared/security/csp';
import type { Dispatch } from '../backend/dispatcher';
import type { EventBus } from '../backend/events';
import { ORIGIN_HEADER } from '../../shared/ipc-channels';
import { checkRequest, TOKEN_COOKIE } from './request-guard';
import { readStaticFile } from './static-files';

interface LoopbackOptions {
  dispatch: Dispatch;
  events: EventBus;
  /** The built renderer; without it only the API is served. */
  staticDir?: string;
  port?: number;
  token?: string;
}

export interface LoopbackServer {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

/** The largest upload as base64, plus room for the JSON around it. */
const MAX_BODY_BYTES = base64Length(Math.max(...Object.values(UPLOAD_LIMITS_MB)) * MEGABYTE) + MEGABYTE;

const SECURITY_HEADERS = {
  'Content-Security-Policy': HEADER_CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
};

function send(res: ServerResponse, status: number, body: string | Buffer, contentType = 'text/plain; charset=utf-8', extra: Record<string, string> = {}): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': contentType, ...extra });
  res.end(body);
}

/**
 * The body, or null when it is larger than allowed. The rest of an oversized body is read and
 * dropped rather than cut off, so that the client receives the 413 answer instead of a reset.
 */
function readBody(req: IncomingMessage): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    if (Number(req.headers['content-length'] ?? 0) > MAX_BODY_BYTES) {
      req.resume();
      resolve(null);
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      if (size > MAX_BODY_BYTES) return;
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        chunks.length = 0;
        resolve(null);
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(size > MAX_BODY_BYTES ? null : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

async function handleInvoke(req: IncomingMessage, res: ServerResponse, dispatch: Dispatch): Promise<void> {
  if (req.method !== 'POST') return send(res, 405, 'Nur POST ist erlaubt.', undefined, { Allow: 'POST' });
  const contentType = req.headers['content-type'] ?? '';
  if (!/^application\/json\b/i.test(contentType)) return send(res, 415, 'Erwartet wird application/json.');
  const body = await readBody(req);
  if (body === null) return send(res, 413, `Die Anfrage ist zu groß (höchstens ${Math.floor(MAX_BODY_BYTES / MEGABYTE)} MB).`, undefined, { Connection: 'close' });
  let message: unknown;
  try {
    message = JSON.parse(body.toString('utf8'));
  } catch {
    return send(res, 400, 'Die Anfrage ist kein gültiges JSON.');
  }
  const { method, input } = (typeof message === 'object' && message !== null ? message : {}) as { method?: unknown; input?: unknown };
  const result = await dispatch(method, input, { origin: req.headers[ORIGIN_HEADER] });
  send(res, 200, JSON.stringify(result), 'application/json; charset=utf-8');
}

function handleEvents(req: IncomingMessage, res: ServerResponse, events: EventBus): void {
  res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': 'text/event-stream', Connection: 'keep-alive' });
  res.write(': verbunden\n\n');
  const unsubscribe = events.subscribe((event, payload) => {
    res.write(`event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`);
  });
  req.on('close', unsubscribe);
}

/** Serves the renderer and the API on 127.0.0.1 only, for the browser mode and end-to-end tests. */
export async function startLoopbackServer(options: LoopbackOptions): Promise<LoopbackServer> {
  const token = options.token ?? randomBytes(24).toString('hex');
  let port = 0;
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const isApi = url.pathname === '/api/invoke';
    const verdict = checkRequest(req, url, port, token, isApi);
    if (!verdict.ok) return send(res, 403, 'Zugriff verweigert.');
    const cookie = verdict.tokenFromQuery
      ? { 'Set-Cookie': `${TOKEN_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/` }
      : undefined;
    if (isApi) {
      handleInvoke(req, res, options.dispatch).catch(() => send(res, 500, 'Interner Fehler.'));
      return;
    }
    if (url.pathname === '/api/events') return handleEvents(req, res, options.events);
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Methode nicht erlaubt.');
    if (!options.staticDir) return send(res, 404, 'Nicht gefunden.');
    readStaticFile(options.staticDir, url.pathname)
      .then((file) => (file ? send(res, 200, file.body, file.contentType, cookie) : send(res, 404, 'Nicht gefunden.')))
      .catch(() => send(res, 500, 'Interner Fehler.'));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
