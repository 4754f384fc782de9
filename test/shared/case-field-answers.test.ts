import { describe, expect, it } from 'vitest';
import { answersFollowingCaseData, caseFieldValue, type CaseFacts } from '../../shared/questionnaire/case-field-answers';
import { questionsOf } from '../../shared/catalogue/validate-catalogue';
import type { AnswerValue } from '../../shared/questionnaire/answer-value';
import { shippedCatalogue } from '../helpers/catalogues';

const QUESTIONS = questionsOf(shippedCatalogue('audit'));
const noLead = { name: '', role: '', contact: '' };
const facts = (population: number | null, name = '', role = ''): CaseFacts => ({ population, projectLead: { ...noLead, name, role } });

describe('caseFieldValue', () => {
  it.each([
    ['population', facts(12_345), 12_345],
    ['population', facts(null), null],
    ['projectLead', facts(null, 'Dana Beispiel', 'Familienbüro'), 'Dana Beispiel, Familienbüro'],
    ['projectLead', facts(null, '  ', 'Familienbüro'), 'Familienbüro'],
    ['projectLead', facts(null), null],
  ] as const)('%s of %j → %j', (field, given, expected) => {
    expect(caseFieldValue(field, given)).toEqual(expected);
  });
});

describe('answersFollowingCaseData', () => {
  const stored = (entries: [string, AnswerValue | null][]) => new Map(entries);
  it.each<{ name: string; before: CaseFacts | null; after: CaseFacts; answers: [string, AnswerValue | null][]; expected: [string, AnswerValue | null][] }>([
    { name: 'a new case fills both questions', before: null, after: facts(8000, 'Dana Beispiel'), answers: [], expected: [['hf1.einwohnerzahl', 8000], ['hf1.projektleitung', 'Dana Beispiel']] },
    { name: 'an unknown fact fills nothing', before: null, after: facts(null), answers: [], expected: [] },
    { name: 'an answer still as the case gave it follows the change', before: facts(8000), after: facts(8100), answers: [['hf1.einwohnerzahl', 8000]], expected: [['hf1.einwohnerzahl', 8100]] },
    { name: 'an answer someone changed is left alone', before: facts(8000), after: facts(8100), answers: [['hf1.einwohnerzahl', 7990]], expected: [] },
    { name: 'an answer the Rathaus gave on a case without the fact is left alone', before: facts(null), after: facts(8100), answers: [['hf1.einwohnerzahl', 7990]], expected: [] },
    { name: 'an emptied fact empties the answer it gave', before: facts(8000), after: facts(null), answers: [['hf1.einwohnerzahl', 8000]], expected: [['hf1.einwohnerzahl', null]] },
    { name: 'nothing changes when the answer already is the value', before: facts(8000), after: facts(8100), answers: [['hf1.einwohnerzahl', 8100]], expected: [] },
  ])('$name', ({ before, after, answers, expected }) => {
    expect(answersFollowingCaseData(QUESTIONS, before, after, stored(answers)).map((entry) => [entry.questionId, entry.value])).toEqual(expected);
  });
});
