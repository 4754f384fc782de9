/**
 * Distribution figures for the association's comparison. Quartiles use linear interpolation
 * between order statistics (Hyndman & Fan type 7): the p-quantile of n sorted values lies at
 * position h = (n − 1)·p, between the values at ⌊h⌋ and ⌈h⌉. It is what Excel's QUARTIL.INKL,
 * R's default and NumPy's default compute, so the association's own spreadsheets agree.
 */
export interface Distribution {
  count: number;
  median: number | null;
  q1: number | null;
  q3: number | null;
  min: number | null;
  max: number | null;
}

function sortedNumbers(values: readonly (number | null)[]): number[] {
  return values.filter((value): value is number => value !== null && Number.isFinite(value)).sort((a, b) => a - b);
}

/** The p-quantile (0 ≤ p ≤ 1) of values already sorted ascending; null for none. */
export function quantileOfSorted(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const position = (sorted.length - 1) * Math.min(1, Math.max(0, p));
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  const low = sorted[lower] as number;
  const high = sorted[upper] as number;
  return low + (high - low) * (position - lower);
}

/** Count, median, quartiles and range of the values that are numbers; missing ones are not counted. */
export function distribution(values: readonly (number | null)[]): Distribution {
  const sorted = sortedNumbers(values);
  return {
    count: sorted.length,
    median: quantileOfSorted(sorted, 0.5),
    q1: quantileOfSorted(sorted, 0.25),
    q3: quantileOfSorted(sorted, 0.75),
    min: sorted[0] ?? null,
    max: sorted[sorted.length - 1] ?? null,
  };
}

/**
 * Where one value stands among others, as a percentile rank from 0 to 100: the share of values
 * below it plus half the share equal to it (the mid-rank definition, so that a value in the
 * middle of equal values stands in their middle and the only value of a group stands at 50).
 */
export function percentileRank(value: number, among: readonly (number | null)[]): number | null {
  const sorted = sortedNumbers(among);
  if (sorted.length === 0) return null;
  const below = sorted.filter((other) => other < value).length;
  const equal = sorted.filter((other) => other === value).length;
  return (100 * (below + equal / 2)) / sorted.length;
}
