/** A logged value as the auditor reads it: empty as "–", JSON-encoded answers decoded, long texts shortened. */
export function formatLoggedValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '–';
  let shown: unknown = value;
  if (typeof value === 'string' && /^[[{"]/.test(value)) {
    try {
      shown = JSON.parse(value) as unknown;
    } catch {
      shown = value;
    }
  }
  const text = typeof shown === 'string' ? shown : typeof shown === 'number' ? shown.toLocaleString('de-DE') : JSON.stringify(shown);
  return text.length > 160 ? `${text.slice(0, 159)}…` : text;
}
