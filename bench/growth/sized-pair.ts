import { measurePair, type Measurement } from '../bench-table';

const RUNS = 7;

interface SizedOperation {
  /** What is done, e.g. "Fallliste, erste Seite"; the size follows in the row. */
  name: string;
  small: { label: string; run: () => Promise<unknown> };
  large: { label: string; run: () => Promise<unknown> };
  /** The most the large input may cost, as a multiple of the small one. */
  ratioBudget: number;
}

/**
 * Both sizes measured alternately in one run, so that both see the same machine load; the
 * large size's row carries the growth ratio (its median over the small one's).
 */
export async function measureGrowth(operation: SizedOperation, runs = RUNS): Promise<Measurement[]> {
  const { ours: large, raw: small } = await measurePair(runs, operation.large.run, operation.small.run);
  return growthRows(operation, small, large);
}

/** The two rows of a sized pair; the large size's carries the growth ratio (its median over the small one's). */
export function growthRows(
  operation: Pick<SizedOperation, 'name' | 'ratioBudget'> & { small: { label: string }; large: { label: string } },
  small: { median: number; worst: number },
  large: { median: number; worst: number },
): Measurement[] {
  const row = (label: string, timing: { median: number; worst: number }, ratio: number | null, ratioBudget: number | null): Measurement => ({
    operation: `Wachstum: ${operation.name} (${label})`,
    medianMs: timing.median,
    worstMs: timing.worst,
    budgetMs: null,
    ratio,
    ratioBudget,
  });
  return [row(operation.small.label, small, null, null), row(operation.large.label, large, large.median / Math.max(small.median, 0.01), operation.ratioBudget)];
}

/** A dispatcher call that must succeed. */
export function succeeding(invoke: () => Promise<{ ok: boolean; error?: { message: string } }>): () => Promise<void> {
  return async () => {
    const result = await invoke();
    if (!result.ok) throw new Error(result.error?.message ?? 'Aufruf fehlgeschlagen');
  };
}
