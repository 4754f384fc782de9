/** Digit runs are padded to this width so that "Stadt 2" sorts before "Stadt 10". */
const NUMBER_WIDTH = 12;

const LIGATURES: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ł: 'l', þ: 'th' };

/**
 * A text whose plain (binary) order is the German dictionary order of municipality names, as
 * `Intl.Collator('de-DE', { sensitivity: 'base', numeric: true })` compares them: letters without
 * accents or case (ä as a, ß as ss), numbers by value. SQLite has no German collation; the case list
 * sorts and pages by this key in SQL.
 */
export function germanSortKey(name: string): string {
  const letters = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('de-DE')
    .replace(/[ßæœøđłþ]/g, (char) => LIGATURES[char] ?? char);
  return letters.trim().replace(/\d+/g, (digits) => digits.replace(/^0+(?=\d)/, '').padStart(NUMBER_WIDTH, '0'));
}
