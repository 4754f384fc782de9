/** A part of a file name safe on Windows, macOS and Linux: letters, digits and dashes; the rest becomes "_". */
export function safeFileStem(text: string, fallback = 'Auditfall'): string {
  return text.normalize('NFC').replace(/[^\p{L}\p{N}-]+/gu, '_').replace(/^_+|_+$/g, '').slice(0, 60) || fallback;
}
