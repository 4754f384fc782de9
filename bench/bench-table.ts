export interface Measurement {
  operation: string;
  medianMs: number;
  worstMs: number;
  budgetMs: number | null;
  /** Our median divided by the raw library's, where the issue asks for it. */
  ratio: number | null;
  ratioBudget: number | null;
  /** What medianMs, worstMs and budgetMs count when it is not milliseconds, e.g. "KB". */
  unit?: string;
}

export function summarize(times: number[]): { median: number; worst: number } {
  const sorted = [...times].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)] ?? 0, worst: sorted.at(-1) ?? 0 };
}

export async function measure(runs: number, work: () => Promise<unknown>): Promise<{ median: number; worst: number }> {
  const times: number[] = [];
  await work(); // warm-up: module loading and JIT are not what we measure
  for (let run = 0; run < runs; run += 1) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  return summarize(times);
}

/**
 * Measures two operations alternately, so that both see the same machine load; for ratios
 * against the raw library on a noisy machine.
 */
export async function measurePair(
  runs: number,
  ours: () => Promise<unknown>,
  raw: () => Promise<unknown>,
): Promise<{ ours: { median: number; worst: number }; raw: { median: number; worst: number } }> {
  const oursTimes: number[] = [];
  const rawTimes: number[] = [];
  await ours();
  await raw();
  for (let run = 0; run < runs; run += 1) {
    let start = performance.now();
    await ours();
    oursTimes.push(performance.now() - start);
    start = performance.now();
    await raw();
    rawTimes.push(performance.now() - start);
  }
  return { ours: summarize(oursTimes), raw: summarize(rawTimes) };
}

export function withinBudget(row: Measurement): boolean {
  return (row.budgetMs === null || row.medianMs <= row.budgetMs) && (row.ratio === null || row.ratioBudget === null || row.ratio <= row.ratioBudget);
}

export function printTable(rows: Measurement[]): void {
  const header = ['Operation', 'Einheit', 'Median', 'Worst', 'Budget', 'Ratio', 'Ratio budget', 'OK'];
  const lines = rows.map((row) => [
    row.operation,
    row.unit ?? 'ms',
    row.medianMs.toFixed(1),
    row.worstMs.toFixed(1),
    row.budgetMs === null ? '–' : String(row.budgetMs),
    row.ratio === null ? '–' : `${row.ratio.toFixed(2)}x`,
    row.ratioBudget === null ? '–' : `${row.ratioBudget}x`,
    withinBudget(row) ? 'ja' : 'NEIN',
  ]);
  const widths = header.map((title, index) => Math.max(title.length, ...lines.map((line) => line[index]!.length)));
  const format = (cells: string[]) => cells.map((cell, index) => (index === 0 ? cell.padEnd(widths[index]!) : cell.padStart(widths[index]!))).join('  ');
  console.log(format(header));
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const line of lines) console.log(format(line));
}
