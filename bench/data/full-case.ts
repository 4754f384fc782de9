import type { Question } from '../../shared/catalogue/catalogue-schema';
import type { Invoke } from '../../shared/contract/invoke';
import { succeedingCall } from './succeeding-call';

function answerFor(question: Question, index: number): number | string | string[] {
  switch (question.type) {
    case 'number':
    case 'percent':
    case 'currency':
      return question.max === undefined ? (question.min ?? 0) + index : Math.min(question.max, (question.min ?? 0) + (index % 10));
    case 'yesPartlyNo':
      return ['ja', 'teilweise', 'nein'][index % 3]!;
    case 'singleChoice':
      return question.options[index % question.options.length]!.id;
    case 'multipleChoice':
      return question.options.slice(0, 2).map((option) => option.id);
    case 'date':
      return '2025-03-15';
    default:
      return `Antwort ${index}: Die Kommune hat dazu ein abgestimmtes Vorgehen mit den freien Trägern und dem Jugendamt.`;
  }
}

interface FullCaseOptions {
  /** 45 is what a real goal agreement has. */
  measures?: number;
  catalogueId?: string;
}

/** One case as an auditor leaves it after a full round: every question answered, every criterion rated, its measures, the resolution. */
export async function createFullCase(invoke: Invoke, name: string, { measures: measureCount = 45, catalogueId }: FullCaseOptions = {}): Promise<string> {
  const call = succeedingCall(invoke);
  const { id: caseId } = await call('cases.create', { municipalityName: name, ags: '05711000', kind: 'kommune', auditor: 'A. Prüferin', ...(catalogueId ? { catalogueId } : {}) });
  const questionnaire = await call('questionnaire.get', { caseId });
  const questions = questionnaire.catalogue.sections.flatMap((section) => section.questions);
  for (const [index, question] of questions.entries()) {
    await call('questionnaire.saveAnswer', { caseId, questionId: question.id, value: answerFor(question, index), comment: index % 4 === 0 ? 'Angabe laut Rathaus' : '' });
  }
  const scoring = await call('scoring.get', { caseId });
  for (const field of scoring.fields) {
    for (const [index, criterion] of field.criteria.entries()) {
      await call('scoring.rate', { caseId, criterionId: criterion.id, value: index % 5, justification: 'Begründet aus der IST-Analyse.' });
    }
    for (const kind of ['staerke', 'schwaeche', 'handlungsbedarf'] as const) {
      await call('scoring.addItem', { caseId, fieldId: field.id, kind, text: `${kind} in ${field.name}` });
    }
  }
  let measures = 0;
  for (const [fieldIndex, field] of scoring.fields.entries()) {
    let agreement = await call('goals.addNode', { caseId, kind: 'strategic', parentId: field.id, title: `Strategisches Ziel ${field.code}` });
    const strategicId = agreement.fields.find((candidate) => candidate.id === field.id)!.strategicGoals[0]!.id;
    for (let goal = 0; goal < 2; goal += 1) {
      agreement = await call('goals.addNode', { caseId, kind: 'goal', parentId: strategicId, title: `Ziel ${field.code}.${goal + 1}` });
      const goalId = agreement.fields.find((candidate) => candidate.id === field.id)!.strategicGoals[0]!.goals[goal]!.id;
      const share = Math.ceil((measureCount - measures) / ((scoring.fields.length - fieldIndex) * 2 - goal));
      for (let measure = 0; measure < share && measures < measureCount; measure += 1, measures += 1) {
        await call('goals.addMeasure', {
          caseId,
          goalId,
          measure: { title: `Maßnahme ${measures + 1}`, responsibleUnit: 'Fachbereich Familie', startMonth: '2026-01', endMonth: '2027-12', priority: 'mittel' },
        });
      }
    }
  }
  await call('goals.adopt', { caseId, resolutionDate: '2026-03-01', drucksache: 'DS 2026/041' });
  return caseId;
}
