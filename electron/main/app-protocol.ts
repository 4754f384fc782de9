import { stat } from 'node:fs/promises';
import { extname, isAbsolute, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * The renderer is served from app://familienaudit/ instead of file://. A file:// page shares
 * its origin with every other local file, and the grantFileProtocolExtraPrivileges fuse is
 * off in the packaged app, so file:// could not even load the ES-module bundle there.
 * This module holds no Electron import: index.ts registers the scheme and the handler.
 */

export const APP_SCHEME = 'app';
const APP_HOST = 'familienaudit';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

/**
 * For protocol.registerSchemesAsPrivileged, before app ready.
 * - standard: app://familienaudit/ gets a real origin (scheme + host), relative URLs such as
 *   Vite's "./assets/index-….js" resolve, and web storage works. Vite's
 *   `<script type="module" crossorigin>` is a CORS-mode request; it passes because it is
 *   same-origin, which needs a non-opaque origin, i.e. a standard scheme.
 * - secure: a secure context, like https.
 * - supportFetchAPI: fetch() and module loading may use the scheme.
 * Not granted: corsEnabled (would let other origins read app:// responses), bypassCSP,
 * allowServiceWorkers, stream, codeCache.
 */
export const APP_SCHEME_PRIVILEGES = {
  standard: true,
  secure: true,
  supportFetchAPI: true,
  corsEnabled: false,
  bypassCSP: false,
  allowServiceWorkers: false,
} as const;

const PREFIX = `${APP_ORIGIN}/`;

/** Letters, digits and the punctuation of Vite's hashed file names; no leading or trailing dot. */
const SAFE_SEGMENT = /^[A-Za-z0-9_][A-Za-z0-9._~@+-]*$/;
/** Windows device names, which open a device instead of a file in any folder. */
const DEVICE_NAME = /^(con|prn|aux|nul|conin\$|conout\$|com[0-9]|lpt[0-9])(\..*)?$/i;

/**
 * The file an app:// request names inside the built renderer folder, or null. Refuses other
 * hosts, ports and user info, "..", encoded separators and dots, backslashes, NUL bytes,
 * drive letters and absolute paths, rather than repairing them. "/" means index.html;
 * query and fragment never name a file.
 */
export function resolveAppRequest(rendererDir: string, requestUrl: string): string | null {
  if (typeof requestUrl !== 'string' || !requestUrl.toLowerCase().startsWith(PREFIX)) return null;
  const rawPath = requestUrl.slice(PREFIX.length).split(/[?#]/, 1)[0] ?? '';
  const segments = rawPath === '' ? ['index.html'] : rawPath.split('/');
  const names: string[] = [];
  for (const segment of segments) {
    let name: string;
    try {
      name = decodeURIComponent(segment);
    } catch {
      return null;
    }
    if (!SAFE_SEGMENT.test(name) || name.endsWith('.') || DEVICE_NAME.test(name)) return null;
    names.push(name);
  }
  const file = join(rendererDir, ...names);
  const inside = relative(rendererDir, file);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return null;
  return file;
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
};

/** Module scripts need a JavaScript MIME type; it is set here rather than guessed later. */
function contentTypeFor(file: string): string {
  return CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

interface AppProtocolOptions {
  rendererDir: string;
  /** Sent with every response: onHeadersReceived is not guaranteed to see custom protocols. */
  csp: string;
  /** net.fetch in Electron; reads a file:// URL. */
  fetchFile(fileUrl: string): Promise<Response>;
  isFile?(path: string): Promise<boolean>;
}

async function isRegularFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** The handler for protocol.handle(APP_SCHEME, …). */
export function appProtocolHandler(options: AppProtocolOptions): (request: { url: string; method: string }) => Promise<Response> {
  const isFile = options.isFile ?? isRegularFile;
  const headers = (contentType: string): Record<string, string> => ({
    'Content-Type': contentType,
    'Content-Security-Policy': options.csp,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  });
  const refuse = (status: number, text: string): Response => new Response(text, { status, headers: headers('text/plain; charset=utf-8') });
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(405, 'Nur GET ist erlaubt.');
    const file = resolveAppRequest(options.rendererDir, request.url);
    if (!file || !(await isFile(file))) return refuse(404, 'Nicht gefunden.');
    let fetched: Response;
    try {
      fetched = await options.fetchFile(pathToFileURL(file).toString());
    } catch {
      return refuse(404, 'Nicht gefunden.');
    }
    if (fetched.status >= 400) return refuse(404, 'Nicht gefunden.');
    if (request.method === 'HEAD') {
      await fetched.body?.cancel();
      return new Response(null, { status: 200, headers: headers(contentTypeFor(file)) });
    }
    return new Response(fetched.body, { status: 200, headers: headers(contentTypeFor(file)) });
  };
}
