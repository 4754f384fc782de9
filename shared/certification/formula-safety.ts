/** Texts that a spreadsheet could read as a formula (or a DDE command) when typed or edited. */
export function looksLikeFormula(text: string): boolean {
  return /^[=+\-@\t\r]/.test(text);
}
