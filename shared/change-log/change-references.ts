import type { Catalogue, Question } from '../catalogue/catalogue-schema';
import { termsOf, type Terminology } from '../catalogue/terminology';
import { groupOf } from '../questionnaire/progress';
import { questionnaireSheets } from '../questionnaire/workbook-sheets';

/** What the change log needs to name what an entry points at, in the auditor's words. */
export interface ChangeReferences {
  terms: Terminology;
  questions: ReadonlyMap<string, { label: string; question: Question }>;
  scoringCriteria: ReadonlyMap<string, string>;
  certificationCriteria: ReadonlyMap<string, string>;
  /** Fields and modules. */
  groups: ReadonlyMap<string, string>;
  phases: ReadonlyMap<string, string>;
  /** Workshop and participation formats. */
  formats: ReadonlyMap<string, string>;
  /** Rows of the case itself by their id: goals, measures, entries, reports, documents, the previous round. */
  records: ReadonlyMap<string, string>;
  /** Where a document is attached, in the auditor's words ("Maßnahme „Familienbüro“"). */
  placeLabel(place: string): string;
}

export const NO_REFERENCES: ChangeReferences = {
  terms: termsOf({}),
  questions: new Map(),
  scoringCriteria: new Map(),
  certificationCriteria: new Map(),
  groups: new Map(),
  phases: new Map(),
  formats: new Map(),
  records: new Map(),
  placeLabel: (place) => place,
};

/** The names a catalogue gives: questions numbered as in the questionnaire ("HF1.2"), criteria, fields, phases. */
export function catalogueReferences(catalogue: Catalogue): Omit<ChangeReferences, 'records' | 'placeLabel'> {
  const questions = new Map<string, { label: string; question: Question }>();
  for (const sheet of questionnaireSheets(catalogue)) {
    let number = 0;
    for (const section of catalogue.questionnaire.sections.filter((candidate) => groupOf(candidate) === sheet.groupId)) {
      for (const question of section.questions) {
        number += 1;
        questions.set(question.id, { label: `${sheet.code}.${number} ${question.text}`, question });
      }
    }
  }
  const groups = new Map<string, string>([...catalogue.fields.map((field) => [field.id, `${field.code} ${field.name}`] as const), ...catalogue.modules.map((module) => [module.id, module.name] as const)]);
  const scoringCriteria = new Map<string, string>();
  for (const field of catalogue.scoring.fields) {
    const code = catalogue.fields.find((candidate) => candidate.id === field.fieldId)?.code ?? field.fieldId;
    field.criteria.forEach((criterion, index) => scoringCriteria.set(criterion.id, `${code} Kriterium ${index + 1}: ${criterion.text}`));
  }
  return {
    terms: termsOf(catalogue),
    questions,
    scoringCriteria,
    certificationCriteria: new Map(catalogue.certification.criteria.map((criterion) => [criterion.id, criterion.text])),
    groups,
    phases: new Map(catalogue.phases.map((phase) => [phase.key, phase.name])),
    formats: new Map(catalogue.participation.formats.map((format) => [format.id, format.name])),
  };
}
