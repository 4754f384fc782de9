import { CERTIFICATION_RATING_LABELS } from '../contract/certification';
import type { FormalCheckId } from './formal-check-ids';
import type { FormalCheckResult } from './formal-checks';
import type { CriterionRating } from './recommendation';

/** How long a justification must be to explain a rating that deviates from the computed checks. */
export const DEVIATION_JUSTIFICATION_MIN = 10;

interface CriterionProposal {
  /** What the linked checks say: erfüllt when all pass, otherwise nicht erfüllt; null without checks. */
  proposedRating: CriterionRating | null;
  /** Why the rating contradicts the checks, in German; null when it does not (or is not rated yet). */
  deviation: string | null;
  /** A deviation with a justification of at least DEVIATION_JUSTIFICATION_MIN characters. */
  deviationJustified: boolean;
}

/** The proposal for a formal criterion backed by computed checks, and whether its rating deviates from it. */
export function criterionProposal(
  criterion: { checks?: readonly FormalCheckId[] | undefined; rating: CriterionRating | null; justification: string },
  checks: readonly FormalCheckResult[],
): CriterionProposal {
  const linked = checks.filter((check) => criterion.checks?.includes(check.id));
  if (linked.length === 0) return { proposedRating: null, deviation: null, deviationJustified: false };
  const failed = linked.filter((check) => !check.passed);
  const proposedRating: CriterionRating = failed.length === 0 ? 'erfuellt' : 'nicht_erfuellt';
  if (criterion.rating === null || criterion.rating === proposedRating) return { proposedRating, deviation: null, deviationJustified: false };
  const why = failed.length > 0 ? `offen: ${failed.map((check) => check.label).join('; ')}` : 'alle bestanden';
  return {
    proposedRating,
    deviation: `Bewertet mit „${CERTIFICATION_RATING_LABELS[criterion.rating]}“, die berechnete Prüfung ergibt „${CERTIFICATION_RATING_LABELS[proposedRating]}“ (${why}).`,
    deviationJustified: criterion.justification.trim().length >= DEVIATION_JUSTIFICATION_MIN,
  };
}
