import { formatGermanDecimal } from '../../../shared/domain/german-numbers';

export function formatScore(score: number | null): string {
  return score === null ? '–' : formatGermanDecimal(score, 1);
}

export function formatDelta(delta: number | null): string {
  if (delta === null) return '–';
  return `${delta > 0 ? '+' : delta < 0 ? '−' : '±'}${formatGermanDecimal(Math.abs(delta), 1)}`;
}
