import type { Question } from '../catalogue/catalogue-schema';
import type { Questionnaire } from '../contract/questionnaire';
import { formatGermanDate } from '../domain/dates';
import { formatGermanDecimal } from '../domain/german-numbers';
import { describeAnswer } from '../questionnaire/answer-text';
import type { ConceptBlock } from './concept-blocks';

const QUANTITATIVE = new Set<Question['type']>(['number', 'percent', 'currency']);

function unitOf(question: Question): string {
  if (question.type === 'percent') return '%';
  if (question.type === 'currency') return '€';
  return question.type === 'number' ? (question.unit ?? '') : '';
}

/** Ausgangslage: the IST-Analyse's answers by field, figures as tables with unit and Stichtag; sections without answers are left out. */
export function situationChapter(title: string, questionnaire: Questionnaire): ConceptBlock[] {
  const answers = new Map(questionnaire.answers.filter((answer) => answer.value !== null).map((answer) => [answer.questionId, answer]));
  if (answers.size === 0) return [];
  const groups = [
    ...questionnaire.catalogue.fields.map((field) => ({ title: `${field.code} ${field.name}`, sections: questionnaire.catalogue.sections.filter((section) => section.fieldId === field.id) })),
    ...questionnaire.catalogue.modules.map((module) => ({ title: module.name, sections: questionnaire.catalogue.sections.filter((section) => section.moduleId === module.id) })),
  ];
  const blocks: ConceptBlock[] = [
    { kind: 'heading', level: 1, text: title },
    { kind: 'paragraph', text: `Grundlage ist die IST-Analyse mit dem Fragebogen „${questionnaire.catalogue.name}“: ${questionnaire.progress.overall.answered} von ${questionnaire.progress.overall.total} Fragen sind beantwortet.` },
  ];
  for (const group of groups) {
    const questions = group.sections.flatMap((section) => section.questions).filter((question) => answers.has(question.id));
    if (questions.length === 0) continue;
    blocks.push({ kind: 'heading', level: 2, text: group.title });
    const figures = questions.filter((question) => QUANTITATIVE.has(question.type));
    if (figures.length > 0) {
      blocks.push({
        kind: 'table',
        caption: `Kennzahlen ${group.title}`,
        columns: [
          { title: 'Kennzahl', width: 52 },
          { title: 'Wert', width: 18, numeric: true },
          { title: 'Einheit', width: 12 },
          { title: 'Stichtag', width: 18 },
        ],
        rows: figures.map((question) => {
          const answer = answers.get(question.id)!;
          const value = typeof answer.value === 'number' ? formatGermanDecimal(answer.value) : describeAnswer(question, answer.value);
          return [question.text, value, unitOf(question), answer.referenceDate ? formatGermanDate(answer.referenceDate) : ''];
        }),
      });
    }
    const others = questions.filter((question) => !QUANTITATIVE.has(question.type) && question.type !== 'longText');
    if (others.length > 0) {
      blocks.push({
        kind: 'table',
        caption: `Angaben ${group.title}`,
        columns: [
          { title: 'Frage', width: 55 },
          { title: 'Antwort', width: 45 },
        ],
        rows: others.map((question) => [question.text, describeAnswer(question, answers.get(question.id)!.value)]),
      });
    }
    for (const question of questions.filter((candidate) => candidate.type === 'longText')) {
      blocks.push({ kind: 'paragraph', lead: question.text, text: describeAnswer(question, answers.get(question.id)!.value) });
    }
  }
  return blocks;
}
