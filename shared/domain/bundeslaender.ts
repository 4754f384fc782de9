/** The 16 German states, keyed by the first two digits of the AGS. */
export const BUNDESLAENDER = {
  '01': 'Schleswig-Holstein',
  '02': 'Hamburg',
  '03': 'Niedersachsen',
  '04': 'Bremen',
  '05': 'Nordrhein-Westfalen',
  '06': 'Hessen',
  '07': 'Rheinland-Pfalz',
  '08': 'Baden-Württemberg',
  '09': 'Bayern',
  '10': 'Saarland',
  '11': 'Berlin',
  '12': 'Brandenburg',
  '13': 'Mecklenburg-Vorpommern',
  '14': 'Sachsen',
  '15': 'Sachsen-Anhalt',
  '16': 'Thüringen',
} as const;

export type BundeslandCode = keyof typeof BUNDESLAENDER;

export const BUNDESLAND_CODES = Object.keys(BUNDESLAENDER) as [BundeslandCode, ...BundeslandCode[]];

export function isBundeslandCode(value: string): value is BundeslandCode {
  return Object.hasOwn(BUNDESLAENDER, value);
}

export function bundeslandName(code: BundeslandCode): string {
  return BUNDESLAENDER[code];
}
