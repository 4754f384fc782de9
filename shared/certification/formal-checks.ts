import type { FormalCheckId } from './formal-check-ids';
import { AUDIT_TERMS, type Terminology } from '../catalogue/terminology';

export type { FormalCheckId };
/** What the computed formal checks look at; plain data gathered from the case. */
export interface FormalCheckInput {
  fields: { id: string; name: string }[];
  resolution: { date: string; drucksache: string } | null;
  goals: { number: string; title: string; fieldId: string; measureCount: number }[];
  measures: { number: string; title: string; responsibleUnit: string; startMonth: string | null; endMonth: string | null; budget: number | null; priority: string | null }[];
  missingRequiredQuestions: { text: string; fieldId: string }[];
  /** Per field, how many criteria were rated with a value. */
  ratedCriteria: { fieldId: string; rated: number }[];
  /** The timeline's missed deadlines (shared/domain/timeline.ts `missedDeadlines`): the same as the case page shows. */
  overrunWarnings: string[];
}


export interface FormalCheckResult {
  id: FormalCheckId;
  label: string;
  passed: boolean;
  /** What is missing, in German, at most a handful of lines. */
  details: string[];
  /** Where the auditor fixes it. */
  fix: 'goals' | 'questionnaire' | 'scoring' | 'timeline';
}

const MAX_DETAILS = 8;

function listed(lines: string[]): string[] {
  return lines.length > MAX_DETAILS ? [...lines.slice(0, MAX_DETAILS), `… und ${lines.length - MAX_DETAILS} weitere`] : lines;
}

function check(id: FormalCheckId, label: string, fix: FormalCheckResult['fix'], problems: string[]): FormalCheckResult {
  return { id, label, passed: problems.length === 0, details: listed(problems), fix };
}

/** The formal criteria that can be computed from the case, each with what is still missing. */
export function formalChecks(input: FormalCheckInput, terms: Pick<Terminology, 'resolution' | 'resolutionOfAgreement' | 'analysis'> = AUDIT_TERMS): FormalCheckResult[] {
  const fieldName = new Map(input.fields.map((field) => [field.id, field.name]));
  return [
    check('ratsbeschluss', `${terms.resolutionOfAgreement} liegt vor`, 'goals', input.resolution ? [] : [`${terms.resolution}: Datum und Drucksache sind nicht erfasst.`]),
    check(
      'felder-abgedeckt',
      'Jedes Feld hat mindestens ein Ziel',
      'goals',
      input.fields.filter((field) => !input.goals.some((goal) => goal.fieldId === field.id)).map((field) => `${field.name}: kein Ziel`),
    ),
    check(
      'ziele-mit-massnahmen',
      'Jedes Ziel hat mindestens eine Maßnahme',
      'goals',
      // No goals at all is not a pass: there is nothing the measures could serve.
      input.goals.length === 0 ? ['Es gibt noch kein Ziel.'] : input.goals.filter((goal) => goal.measureCount === 0).map((goal) => `Ziel ${goal.number} „${goal.title}“: keine Maßnahme`),
    ),
    check(
      'massnahmen-vollstaendig',
      'Jede Maßnahme hat Zuständigkeit, Zeitrahmen und Budget',
      'goals',
      (input.measures.length === 0 ? ['Es gibt noch keine Maßnahme.'] : []).concat(input.measures.flatMap((measure) => {
        const missing = [
          measure.responsibleUnit.trim() ? null : 'Zuständigkeit',
          measure.startMonth && measure.endMonth ? null : 'Zeitrahmen',
          measure.budget === null ? 'Budget' : null,
        ].filter((entry): entry is string => entry !== null);
        return missing.length > 0 ? [`Maßnahme ${measure.number} „${measure.title}“: ${missing.join(', ')} fehlt`] : [];
      })),
    ),
    check(
      'fragebogen-vollstaendig',
      `Alle Pflichtfragen der ${terms.analysis} sind beantwortet`,
      'questionnaire',
      input.missingRequiredQuestions.map((question) => `${fieldName.get(question.fieldId) ?? question.fieldId}: ${question.text}`),
    ),
    check(
      'staerken-schwaechen',
      'Stärken/Schwächen sind in jedem Feld bewertet',
      'scoring',
      input.fields.filter((field) => (input.ratedCriteria.find((entry) => entry.fieldId === field.id)?.rated ?? 0) === 0).map((field) => `${field.name}: keine Bewertung`),
    ),
    check('fristen', 'Die Phasen liegen in ihren Fristen', 'timeline', input.overrunWarnings),
  ];
}
