import type { Catalogue, ParticipationFormat, Question, Scale } from '../../../shared/catalogue/catalogue-schema';
import { questionsOf } from '../../../shared/catalogue/validate-catalogue';
import { checkAnswerValue } from '../../../shared/questionnaire/answer-value';

export type ParsedRow = Record<string, unknown>;

/** A problem with one column of one row, in German; the caller adds the table and the row. */
interface ColumnProblem {
  column: string;
  message: string;
}

/** The catalogue's ids in lookup tables keyed by Map, so that no id can reach a prototype. */
export interface CatalogueIndex {
  catalogue: Catalogue;
  questions: ReadonlyMap<string, Question>;
  fieldIds: ReadonlySet<string>;
  moduleIds: ReadonlySet<string>;
  phaseKeys: ReadonlySet<string>;
  scoringCriteria: ReadonlyMap<string, Scale>;
  certificationCriteria: ReadonlySet<string>;
  formats: ReadonlyMap<string, ParticipationFormat>;
}

export function indexCatalogue(catalogue: Catalogue): CatalogueIndex {
  const scoringCriteria = new Map<string, Scale>();
  for (const field of catalogue.scoring.fields) for (const criterion of field.criteria) scoringCriteria.set(criterion.id, field.scale ?? catalogue.scoring.scale);
  return {
    catalogue,
    questions: new Map(questionsOf(catalogue).map((question) => [question.id, question])),
    fieldIds: new Set(catalogue.fields.map((field) => field.id)),
    moduleIds: new Set(catalogue.modules.map((module) => module.id)),
    phaseKeys: new Set(catalogue.phases.map((phase) => phase.key)),
    scoringCriteria,
    certificationCriteria: new Set(catalogue.certification.criteria.map((criterion) => criterion.id)),
    formats: new Map(catalogue.participation.formats.map((format) => [format.id, format])),
  };
}

const unknownIn = (what: string, id: unknown) => `„${String(id)}“ ist ${what} im Katalog des Auditfalls nicht enthalten.`;

function checkField(row: ParsedRow, index: CatalogueIndex, problems: ColumnProblem[], column = 'field_id'): void {
  if (!index.fieldIds.has(String(row[column]))) problems.push({ column, message: unknownIn('als Handlungsfeld', row[column]) });
}

function checkAnswer(row: ParsedRow, index: CatalogueIndex, problems: ColumnProblem[]): void {
  const question = index.questions.get(String(row.question_id));
  if (!question) {
    problems.push({ column: 'question_id', message: unknownIn('als Frage', row.question_id) });
    return;
  }
  const check = checkAnswerValue(question, row.value);
  if (!check.ok) problems.push({ column: 'value', message: `Der Wert passt nicht zur Frage: ${check.message}` });
}

function checkRating(row: ParsedRow, index: CatalogueIndex, problems: ColumnProblem[]): void {
  const scale = index.scoringCriteria.get(String(row.criterion_id));
  if (!scale) {
    problems.push({ column: 'criterion_id', message: unknownIn('als Bewertungskriterium', row.criterion_id) });
    return;
  }
  const value = row.value;
  if (typeof value === 'number' && (value < scale.min || value > scale.max)) problems.push({ column: 'value', message: `Der Wert ${value} liegt außerhalb der Skala ${scale.min}–${scale.max}.` });
  for (const questionId of row.evidence as string[]) {
    if (!index.questions.has(questionId)) problems.push({ column: 'evidence', message: unknownIn('als Frage', questionId) });
  }
}

/** The rules a row must meet against its case's catalogue, per table; tables not listed have none. */
const RULES = new Map<string, (row: ParsedRow, index: CatalogueIndex, problems: ColumnProblem[]) => void>([
  [
    'cases',
    (row, index, problems) => {
      if (row.catalogue_id !== index.catalogue.id || row.catalogue_version !== index.catalogue.version) {
        problems.push({ column: 'catalogue_id', message: `Der Auditfall verweist auf „${String(row.catalogue_id)}“ Version ${String(row.catalogue_version)}, die Datei bringt aber „${index.catalogue.id}“ Version ${index.catalogue.version} mit.` });
      }
      for (const moduleId of row.modules as string[]) if (!index.moduleIds.has(moduleId)) problems.push({ column: 'modules', message: unknownIn('als Modul', moduleId) });
    },
  ],
  ['case_phases', (row, index, problems) => void (index.phaseKeys.has(String(row.phase_key)) || problems.push({ column: 'phase_key', message: unknownIn('als Phase', row.phase_key) }))],
  ['answers', checkAnswer],
  ['criterion_ratings', checkRating],
  ['field_summaries', checkField],
  ['field_items', checkField],
  ['strategic_goals', checkField],
  ['ideas', checkField],
  [
    'measures',
    (row, index, problems) => {
      if (row.linked_question_id !== null && !index.questions.has(String(row.linked_question_id))) problems.push({ column: 'linked_question_id', message: unknownIn('als Frage', row.linked_question_id) });
    },
  ],
  [
    'implementation_reports',
    (row, index, problems) => {
      const most = index.catalogue.implementation.yearlyReports;
      if (Number(row.year) > most) problems.push({ column: 'year', message: `Das Verfahren hat ${most} Jahresberichte, nicht ${String(row.year)}.` });
    },
  ],
  [
    'participation_events',
    (row, index, problems) => {
      const format = index.formats.get(String(row.format_id));
      if (!format) problems.push({ column: 'format_id', message: unknownIn('als Veranstaltungsformat', row.format_id) });
      const fields = row.priority_fields as string[];
      for (const fieldId of fields) if (!index.fieldIds.has(fieldId)) problems.push({ column: 'priority_fields', message: unknownIn('als Handlungsfeld', fieldId) });
      if (format && fields.length > 0 && !format.choosesPriorities) problems.push({ column: 'priority_fields', message: `Bei „${format.name}“ werden keine Schwerpunktfelder gewählt.` });
    },
  ],
  [
    'certification_ratings',
    (row, index, problems) => void (index.certificationCriteria.has(String(row.criterion_id)) || problems.push({ column: 'criterion_id', message: unknownIn('als Zertifizierungskriterium', row.criterion_id) })),
  ],
]);

export function catalogueProblems(table: string, row: ParsedRow, index: CatalogueIndex): ColumnProblem[] {
  const problems: ColumnProblem[] = [];
  RULES.get(table)?.(row, index, problems);
  return problems;
}
