/** What a write that names the text it replaces did: stored it, or refused because the stored text has changed since. */
export type BaseTextOutcome = { stored: true } | { stored: false; storedText: string };

/** The refusal when `expected` (the text the writer last saw) is given and no longer is the stored one; null otherwise. */
export function staleBase(expected: string | undefined, storedText: string | undefined): BaseTextOutcome | null {
  if (expected === undefined || (storedText ?? '') === expected) return null;
  return { stored: false, storedText: storedText ?? '' };
}
