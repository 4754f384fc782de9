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

// Creating an Intl.NumberFormat costs far more than formatting with one; keep one per precision.
const formatters = new Map<number, Intl.NumberFormat>();

function germanFormatter(maximumFractionDigits: number): Intl.NumberFormat {
  let formatter = formatters.get(maximumFractionDigits);
  if (!formatter) {
    formatter = new Intl.NumberFormat('de-DE', { maximumFractionDigits });
    formatters.set(maximumFractionDigits, formatter);
  }
  return formatter;
}

export function formatGermanInteger(value: number): string {
  return germanFormatter(0).format(value);
}

/**
 * Reads a decimal number as a person types it in a German office: "1.234,5", "1234,5",
 * "12.5" (a lone dot before other than three digits is taken as a decimal point), with an
 * optional percent or euro sign. Returns null for an empty entry and NaN for anything else.
 */
export function parseGermanDecimal(raw: string): number | null {
  let text = raw.trim().replace(/[\s\u00a0]/g, '');
  if (text === '') return null;
  text = text.replace(/(%|€|EUR|Euro)$/i, '');
  if (text === '') return Number.NaN;
  let normalized: string;
  if (text.includes(',')) {
    if (!/^-?\d{1,3}(\.\d{3})*(,\d+)?$/.test(text) && !/^-?\d+(,\d+)?$/.test(text)) return Number.NaN;
    normalized = text.replace(/\./g, '').replace(',', '.');
  } else if (/^-?\d{1,3}(\.\d{3})+$/.test(text)) {
    normalized = text.replace(/\./g, '');
  } else if (/^-?\d+(\.\d+)?$/.test(text)) {
    normalized = text;
  } else {
    return Number.NaN;
  }
  return Number(normalized);
}

export function formatGermanDecimal(value: number, maximumFractionDigits = 4): string {
  return germanFormatter(maximumFractionDigits).format(value);
}

const euroFormatter = new Intl.NumberFormat('de-DE', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** Money, always with two decimals: "4.800,50 €". The one formatter for the UI, reports and texts. */
export function formatEuro(value: number): string {
  return `${euroFormatter.format(value)} €`;
}
