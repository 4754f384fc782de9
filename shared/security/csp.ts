/**
 * The one Content-Security-Policy of the app. The Electron session and its app:// protocol,
 * the loopback server (browser mode) and renderer/index.html's meta tag all use these
 * directives; the reliability suite checks that the static meta tag matches them.
 */

type CspDirectives = Readonly<Record<string, readonly string[]>>;

/** Valid both in a header and in a <meta http-equiv> tag. */
export const DOCUMENT_CSP_DIRECTIVES: CspDirectives = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  // Charts are rasterised through blob: URLs; small icons may be data: URLs.
  'img-src': ["'self'", 'data:', 'blob:'],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
};

/** Ignored by browsers inside a meta tag, so only ever sent as a response header. */
export const HEADER_ONLY_CSP_DIRECTIVES: CspDirectives = {
  'frame-ancestors': ["'none'"],
};

/** Directives the CSP specification does not allow in a meta tag. */
export const META_FORBIDDEN_DIRECTIVES: readonly string[] = ['frame-ancestors', 'report-uri', 'report-to', 'sandbox'];

function buildCsp(directives: CspDirectives): string {
  return Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ');
}

/** For the Content-Security-Policy response header (Electron session, app://, loopback server). */
export const HEADER_CSP = buildCsp({ ...DOCUMENT_CSP_DIRECTIVES, ...HEADER_ONLY_CSP_DIRECTIVES });

/**
 * Splits a policy into its directives, names lower-cased. As browsers do, a repeated
 * directive is ignored after its first occurrence.
 */
export function parseCsp(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/).filter((token) => token !== '');
    if (name === undefined) continue;
    const key = name.toLowerCase();
    if (!directives.has(key)) directives.set(key, sources);
  }
  return directives;
}
