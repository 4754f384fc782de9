/** A criterion's rating: a value on the field's scale, or "nicht bewertbar". */
export type Rating = { kind: 'value'; value: number } | { kind: 'notRatable' };

interface ScaleRange {
  min: number;
  max: number;
}

interface WeightedCriterion {
  id: string;
  weight: number;
}

interface FieldScore {
  /** 0–100, one decimal; null when no criterion with weight counts. */
  score: number | null;
  /** Criteria rated with a value on the scale. */
  rated: number;
  notRatable: number;
  total: number;
  /** Ratings outside the scale (e.g. from an older catalogue version); they do not count. */
  invalid: string[];
}

/** Changes smaller than this many points on the 0–100 scale count as "gleich". */
const SAME_SCORE_TOLERANCE = 2;

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

export function isOnScale(value: number, scale: ScaleRange): boolean {
  return Number.isInteger(value) && value >= scale.min && value <= scale.max;
}

/** A value on the scale as 0–100, so that fields and rounds with different scales compare. */
export function normalise(value: number, scale: ScaleRange): number {
  return ((value - scale.min) / (scale.max - scale.min)) * 100;
}

/**
 * Weighted mean of the rated criteria, normalised to 0–100. "Nicht bewertbar" and unrated
 * criteria do not count; a criterion with weight 0 counts for nothing; when nothing counts the
 * field has no score (null), which is not the same as 0.
 */
export function fieldScore(criteria: readonly WeightedCriterion[], ratings: ReadonlyMap<string, Rating>, scale: ScaleRange): FieldScore {
  let weighted = 0;
  let weights = 0;
  let rated = 0;
  let notRatable = 0;
  const invalid: string[] = [];
  for (const criterion of criteria) {
    const rating = ratings.get(criterion.id);
    if (!rating) continue;
    if (rating.kind === 'notRatable') {
      notRatable += 1;
      continue;
    }
    if (!isOnScale(rating.value, scale)) {
      invalid.push(criterion.id);
      continue;
    }
    rated += 1;
    weighted += criterion.weight * normalise(rating.value, scale);
    weights += criterion.weight;
  }
  return { score: weights > 0 ? round1(weighted / weights) : null, rated, notRatable, total: criteria.length, invalid };
}

/** The mean of the fields that have a score; null when none has. */
export function overallScore(scores: readonly (number | null)[]): number | null {
  const present = scores.filter((score): score is number => score !== null);
  return present.length === 0 ? null : round1(present.reduce((sum, score) => sum + score, 0) / present.length);
}

/** Share of criteria the auditor has decided on (a value or "nicht bewertbar"), in percent. */
export function completeness(fields: readonly Pick<FieldScore, 'rated' | 'notRatable' | 'total'>[]): number {
  const total = fields.reduce((sum, field) => sum + field.total, 0);
  if (total === 0) return 0;
  const decided = fields.reduce((sum, field) => sum + field.rated + field.notRatable, 0);
  return Math.round((decided / total) * 100);
}

type Trend = 'besser' | 'gleich' | 'schlechter' | 'neu bewertet' | 'noch nicht bewertet' | 'ohne Bewertung';

export function compareScores(previous: number | null, current: number | null): { trend: Trend; delta: number | null } {
  if (previous === null && current === null) return { trend: 'ohne Bewertung', delta: null };
  if (previous === null) return { trend: 'neu bewertet', delta: null };
  if (current === null) return { trend: 'noch nicht bewertet', delta: null };
  const delta = round1(current - previous);
  if (Math.abs(delta) < SAME_SCORE_TOLERANCE) return { trend: 'gleich', delta };
  return { trend: delta > 0 ? 'besser' : 'schlechter', delta };
}
