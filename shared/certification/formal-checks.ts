import type { FormalCheckId } from './formal-check-ids';
import { AUDIT_TERMS, type Terminology } from '../catalogue/terminology';

export type { FormalCheckId };
/** What the computed formal checks look at; plain data gathered from the case. */
export interface FormalCheckInput {
  fields: { id: string; name: string }[];
  resolution: { date: string; drucksache: string } | null;
  goals: { id: string; number: string; title: string; fieldId: string; measureCount: number }[];
  measures: { id: string; number: string; title: string; responsibleUnit: string; startMonth: string | null; endMonth: string | null; budget: number | null; priority: string | null }[];
  missingRequiredQuestions: { id: string; text: string; fieldId: string }[];
  /** Per field, how many criteria were rated with a value. */
  ratedCriteria: { fieldId: string; rated: number }[];
  /** The timeline's missed deadlines (shared/domain/timeline.ts `missedDeadlines`): the same as the case page shows. */
  overrunWarnings: string[];
  /**
   * The catalogue's formats with citizens, and how many of their events were held with
   * participants; null where no criterion of the catalogue asks for it (format-1 catalogues had
   * no participation), so that the check neither appears nor counts there.
   */
  participation: { citizenFormats: string[]; citizenEventsHeld: number } | null;
  /**
   * How many documents are attached to the resolution of the goal agreement; null where no
   * criterion of the catalogue asks for the document (editions before it), so that the check
   * neither appears nor counts there.
   */
  resolutionDocuments: number | null;
}


/** The exact place a finding is fixed: a field or group page of the fix page, and the element on it. */
export interface FixTarget {
  group?: string;
  element: string;
}

export interface FormalCheckDetail {
  text: string;
  target: FixTarget | null;
}

export const FIX_PAGES = ['goals', 'questionnaire', 'scoring', 'timeline', 'participation'] as const;
export type FixPage = (typeof FIX_PAGES)[number];

export interface FormalCheckResult {
  id: FormalCheckId;
  label: string;
  passed: boolean;
  /** Everything that is missing, in German, each with where it is fixed. */
  details: FormalCheckDetail[];
  /** The page where the auditor fixes it. */
  fix: FixPage;
}

/** The element ids the fix pages give what a finding points at. */
export const fixElementId = {
  question: (questionId: string) => `frage-${questionId}`,
  goal: (goalId: string) => `ziel-${goalId}`,
  measure: (measureId: string) => `massnahme-${measureId}`,
  goalField: (fieldId: string) => `ziele-feld-${fieldId}`,
  resolution: 'beschluss',
  scoringCriteria: 'bewertung-kriterien',
  timeline: 'zeitplan',
  events: 'veranstaltungen',
} as const;

const at = (text: string, target: FixTarget | null = null): FormalCheckDetail => ({ text, target });

function check(id: FormalCheckId, label: string, fix: FormalCheckResult['fix'], problems: FormalCheckDetail[]): FormalCheckResult {
  return { id, label, passed: problems.length === 0, details: problems, fix };
}

/** The formal criteria that can be computed from the case, each with what is still missing. */
export function formalChecks(input: FormalCheckInput, terms: Pick<Terminology, 'resolution' | 'resolutionOfAgreement' | 'analysis'> = AUDIT_TERMS): FormalCheckResult[] {
  const fieldName = new Map(input.fields.map((field) => [field.id, field.name]));
  return [
    check('ratsbeschluss', `${terms.resolutionOfAgreement} liegt vor`, 'goals', input.resolution ? [] : [at(`${terms.resolution}: Datum und Drucksache sind nicht erfasst.`, { element: fixElementId.resolution })]),
    check(
      'felder-abgedeckt',
      'Jedes Feld hat mindestens ein Ziel',
      'goals',
      input.fields.filter((field) => !input.goals.some((goal) => goal.fieldId === field.id)).map((field) => at(`${field.name}: kein Ziel`, { element: fixElementId.goalField(field.id) })),
    ),
    check(
      'ziele-mit-massnahmen',
      'Jedes Ziel hat mindestens eine Maßnahme',
      'goals',
      // No goals at all is not a pass: there is nothing the measures could serve.
      input.goals.length === 0
        ? [at('Es gibt noch kein Ziel.')]
        : input.goals.filter((goal) => goal.measureCount === 0).map((goal) => at(`Ziel ${goal.number} „${goal.title}“: keine Maßnahme`, { element: fixElementId.goal(goal.id) })),
    ),
    check(
      'massnahmen-vollstaendig',
      'Jede Maßnahme hat Zuständigkeit, Zeitrahmen und Budget',
      'goals',
      (input.measures.length === 0 ? [at('Es gibt noch keine Maßnahme.')] : []).concat(input.measures.flatMap((measure) => {
        const missing = [
          measure.responsibleUnit.trim() ? null : 'Zuständigkeit',
          measure.startMonth && measure.endMonth ? null : 'Zeitrahmen',
          measure.budget === null ? 'Budget' : null,
        ].filter((entry): entry is string => entry !== null);
        return missing.length > 0 ? [at(`Maßnahme ${measure.number} „${measure.title}“: ${missing.join(', ')} fehlt`, { element: fixElementId.measure(measure.id) })] : [];
      })),
    ),
    check(
      'fragebogen-vollstaendig',
      `Alle Pflichtfragen der ${terms.analysis} sind beantwortet`,
      'questionnaire',
      input.missingRequiredQuestions.map((question) => at(`${fieldName.get(question.fieldId) ?? question.fieldId}: ${question.text}`, { group: question.fieldId, element: fixElementId.question(question.id) })),
    ),
    check(
      'staerken-schwaechen',
      'Stärken/Schwächen sind in jedem Feld bewertet',
      'scoring',
      input.fields.filter((field) => (input.ratedCriteria.find((entry) => entry.fieldId === field.id)?.rated ?? 0) === 0).map((field) => at(`${field.name}: keine Bewertung`, { group: field.id, element: fixElementId.scoringCriteria })),
    ),
    check('fristen', 'Die Phasen liegen in ihren Fristen', 'timeline', input.overrunWarnings.map((warning) => at(warning, { element: fixElementId.timeline }))),
    ...(input.resolutionDocuments === null
      ? []
      : [check('beschluss-dokument', `${terms.resolutionOfAgreement} liegt als Dokument vor`, 'goals', input.resolutionDocuments > 0 ? [] : [at(`${terms.resolution}: Es ist kein Dokument des Beschlusses angehängt.`, { element: fixElementId.resolution })])]),
    ...(input.participation ? [check('beteiligung-buerger', 'Eine Beteiligung mit Bürgerinnen und Bürgern hat stattgefunden', 'participation', citizenParticipationProblems(input.participation))] : []),
  ];
}

function citizenParticipationProblems({ citizenFormats, citizenEventsHeld }: NonNullable<FormalCheckInput['participation']>): FormalCheckDetail[] {
  if (citizenEventsHeld > 0) return [];
  if (citizenFormats.length === 0) return [at('Der Katalog nennt kein Format mit Bürgerinnen und Bürgern.')];
  return [at(`Keine Veranstaltung mit Bürgerinnen und Bürgern (${citizenFormats.join(', ')}) mit Datum und Teilnehmenden erfasst.`, { element: fixElementId.events })];
}

/** A check's findings as one German sentence: the first `limit`, then how many more there are. */
export function findingsText(details: readonly FormalCheckDetail[], limit: number): string {
  const shown = details.slice(0, limit).map((detail) => detail.text);
  const more = details.length - shown.length;
  return more > 0 ? `${shown.join('; ')} – und ${more} weitere` : shown.join('; ');
}
