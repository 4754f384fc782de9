import type { FormalCheckResult } from './formal-checks';
import { AUDIT_TERMS, type Terminology } from '../catalogue/terminology';

export type CriterionCategory = 'inhaltlich' | 'governance' | 'formal';
import type { CriterionRating, Recommendation } from '../vocabulary/certification';
export { RECOMMENDATIONS, type CriterionRating, type Recommendation } from '../vocabulary/certification';

/** The recommendation in the procedure's words ("Zertifikat erteilen", "Qualitätssiegel erteilen mit Auflagen"). */
/** A finalised assessment's outcome, worded as the decision it is. */
export function decisionLabel(recommendation: Recommendation, terms: Pick<Terminology, 'certificate'>): string {
  switch (recommendation) {
    case 'erteilen':
      return `${terms.certificate} erteilt`;
    case 'erteilen_mit_auflagen':
      return `${terms.certificate} mit Auflagen erteilt`;
    default:
      return `${terms.certificate} noch nicht erteilt`;
  }
}

export function recommendationLabel(recommendation: Recommendation, terms: Pick<Terminology, 'certificate'>): string {
  switch (recommendation) {
    case 'erteilen':
      return `${terms.certificate} erteilen`;
    case 'erteilen_mit_auflagen':
      return `${terms.certificate} erteilen mit Auflagen`;
    default:
      return `${terms.certificate} noch nicht erteilen`;
  }
}


/** "1 Kriterium", "3 Kriterien". */
export function criteriaCount(count: number): string {
  return count === 1 ? '1 Kriterium' : `${count} Kriterien`;
}

export interface RatedCriterion {
  id: string;
  category: CriterionCategory;
  text: string;
  rating: CriterionRating | null;
}

interface RecommendationResult {
  recommendation: Recommendation;
  /** Why, in German, in the order the rules were applied. */
  reasons: string[];
  /** Conditions (Auflagen) the rules suggest; the auditor may edit them. */
  suggestedConditions: string[];
}

/**
 * The rules, applied in this order:
 * 1. Without the council resolution on the goal agreement there is no certificate (a precondition).
 * 2. While a criterion is unrated the assessment is incomplete: not yet.
 * 3. A content or governance criterion "nicht erfüllt": not yet.
 * 4. Any criterion "teilweise erfüllt", a formal criterion "nicht erfüllt", or a failed computed
 *    formal check: grant with conditions, one condition per finding.
 * 5. Otherwise: grant.
 */
export function recommend(criteria: readonly RatedCriterion[], checks: readonly FormalCheckResult[], terms: Pick<Terminology, 'resolutionOfAgreement' | 'certificate'> = AUDIT_TERMS): RecommendationResult {
  const resolution = checks.find((entry) => entry.id === 'ratsbeschluss');
  if (resolution && !resolution.passed) {
    return { recommendation: 'noch_nicht_erteilen', reasons: [`${terms.resolutionOfAgreement} fehlt – Voraussetzung für das ${terms.certificate}.`], suggestedConditions: [] };
  }
  const unrated = criteria.filter((criterion) => criterion.rating === null);
  if (unrated.length > 0) {
    return {
      recommendation: 'noch_nicht_erteilen',
      reasons: [`Die Begutachtung ist unvollständig: ${criteriaCount(unrated.length)} ohne Bewertung.`],
      suggestedConditions: [],
    };
  }
  const blocking = criteria.filter((criterion) => criterion.category !== 'formal' && criterion.rating === 'nicht_erfuellt');
  if (blocking.length > 0) {
    return {
      recommendation: 'noch_nicht_erteilen',
      reasons: blocking.map((criterion) => `Nicht erfüllt: ${criterion.text}`),
      suggestedConditions: [],
    };
  }
  const partly = criteria.filter((criterion) => criterion.rating === 'teilweise' || (criterion.category === 'formal' && criterion.rating === 'nicht_erfuellt'));
  const failedChecks = checks.filter((entry) => !entry.passed);
  if (partly.length > 0 || failedChecks.length > 0) {
    const conditions = [
      ...partly.map((criterion) => `${criterion.rating === 'teilweise' ? 'Vollständig erfüllen' : 'Nachholen'}: ${criterion.text}`),
      ...failedChecks.map((entry) => `Nachholen: ${entry.label}`),
    ];
    return {
      recommendation: 'erteilen_mit_auflagen',
      reasons: [...partly.map((criterion) => `${criterion.rating === 'teilweise' ? 'Teilweise erfüllt' : 'Formal nicht erfüllt'}: ${criterion.text}`), ...failedChecks.map((entry) => `Formale Prüfung offen: ${entry.label}`)],
      suggestedConditions: conditions,
    };
  }
  return { recommendation: 'erteilen', reasons: ['Alle Kriterien sind erfüllt oder nicht anwendbar, und alle formalen Prüfungen sind bestanden.'], suggestedConditions: [] };
}
