/**
 * Characters that XML 1.0 cannot hold (C0 controls except tab, line feed and carriage return;
 * U+FFFE and U+FFFF; lone surrogates). A workbook, an SVG or a Word file with one of them is
 * unreadable, so no text containing them is ever stored.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const XML_UNSAFE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u;
const XML_UNSAFE_GLOBAL = new RegExp(XML_UNSAFE.source, 'gu');

export const XML_UNSAFE_MESSAGE = 'Der Text enthält Steuerzeichen, die in Excel- und Word-Dateien nicht erlaubt sind.';

export function isXmlSafe(text: string): boolean {
  return !XML_UNSAFE.test(text);
}

/** For output only: what reaches a file format is stripped of what the format cannot hold. */
export function stripXmlUnsafe(text: string): string {
  return text.replace(XML_UNSAFE_GLOBAL, '');
}
