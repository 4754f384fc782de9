/**
 * Reads a whole number as a German user types it: "12.345", "12345", "12 345".
 * Returns null for an empty entry and NaN for anything that is not a whole number.
 */
export function parseGermanInteger(raw: string): number | null {
  const text = raw.trim();
  if (text === '') return null;
  const compact = text.replace(/[\s\u00a0]/g, '');
  if (!/^-?\d{1,3}(\.\d{3})*$/.test(compact) && !/^-?\d+$/.test(compact)) return Number.NaN;
  return Number(compact.replace(/\./g, ''));
}

export function formatGermanInteger(value: number): string {
  return new Intl.NumberFormat('de-DE', { maximumFractionDigits: 0 }).format(value);
}
