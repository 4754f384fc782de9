/**
 * Which links may leave the app for the operating system's browser or mail program.
 * shell.openExternal hands a URL to the OS, which will start whatever is registered for
 * its scheme (file:, smb:, custom handlers of other programs), so only https: pages and
 * mailto: addresses pass. Kept free of Electron imports so that it is testable in Node.
 */

const MAX_EXTERNAL_URL_LENGTH = 4096;

/** Spaces, control characters and other characters a browser would have percent-encoded. */
function hasUnencodedCharacters(url: string): boolean {
  for (const char of url) {
    const code = char.codePointAt(0) ?? 0;
    if (code <= 0x20 || (code >= 0x7f && code <= 0xa0) || code === 0x2028 || code === 0x2029 || code === 0xfeff) return true;
    if ('\\<>"`{}|^'.includes(char)) return true;
  }
  return false;
}

export function isAllowedExternalUrl(url: string): boolean {
  if (typeof url !== 'string' || url === '' || url.length > MAX_EXTERNAL_URL_LENGTH) return false;
  if (hasUnencodedCharacters(url)) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === 'https:') {
    // URL would repair "https:host" and "https:///host"; a link written like that is refused.
    if (!/^https:\/\/[^/]/i.test(url)) return false;
    // user:password@ hides the real host from a reader ("https://kommune.de@evil.example").
    return parsed.hostname !== '' && parsed.username === '' && parsed.password === '';
  }
  if (parsed.protocol === 'mailto:') return /^[^@/?#]+@[^@/?#]+/.test(parsed.pathname);
  return false;
}

/**
 * Wraps the operating system opener so that it is only ever reached with an allowed URL,
 * and a failure to start the browser does not become an unhandled rejection.
 */
export function guardedOpener(open: (url: string) => Promise<void>, onError: (error: unknown) => void = () => undefined): (url: string) => void {
  return (url) => {
    if (!isAllowedExternalUrl(url)) return;
    open(url).catch(onError);
  };
}
