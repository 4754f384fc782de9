export const CRITERION_RATINGS = ['erfuellt', 'teilweise', 'nicht_erfuellt', 'nicht_anwendbar'] as const;
export type CriterionRating = (typeof CRITERION_RATINGS)[number];
export const CERTIFICATION_RATING_LABELS: Record<CriterionRating, string> = {
  erfuellt: 'erfüllt',
  teilweise: 'teilweise erfüllt',
  nicht_erfuellt: 'nicht erfüllt',
  nicht_anwendbar: 'nicht anwendbar',
};

/** What the assessment recommends, and once finalised decides; its words come from the procedure (recommendationLabel). */
export const RECOMMENDATIONS = ['erteilen', 'erteilen_mit_auflagen', 'noch_nicht_erteilen'] as const;
export type Recommendation = (typeof RECOMMENDATIONS)[number];
