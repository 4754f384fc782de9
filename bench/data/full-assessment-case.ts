import type { MethodInput, MethodName, MethodOutput } from '../../shared/contract';
import { completeCase, validValue } from '../../test/helpers/complete-case';

type Call = <M extends MethodName>(method: M, input: MethodInput<M>) => Promise<MethodOutput<M>>;

export const FULL_CASE_GOALS = 20;
export const FULL_CASE_MEASURES = 45;

/** A full case: every question answered, 20 goals with 45 measures, rated and adopted, every criterion of the assessment rated. */
export async function createFullAssessmentCase(call: Call): Promise<string> {
  const caseId = (await call('cases.create', { municipalityName: 'Benchstadt', ags: '05711000', kind: 'kommune' })).id;
  const questionnaire = await call('questionnaire.get', { caseId });
  for (const question of questionnaire.catalogue.sections.flatMap((section) => section.questions)) {
    await call('questionnaire.saveAnswer', { caseId, questionId: question.id, value: validValue(question), comment: 'Quelle: Rathaus' });
  }
  await completeCase({ call }, caseId);
  let agreement = await call('goals.get', { caseId });
  const amendment = { date: '2026-04-01', reason: 'Ausbau für den Benchmark' };
  for (let index = agreement.totals.goals; index < FULL_CASE_GOALS; index += 1) {
    const field = agreement.fields[index % agreement.fields.length]!;
    agreement = await call('goals.addNode', { caseId, kind: 'goal', parentId: field.strategicGoals[0]!.id, title: `Ziel ${index + 1}`, amendment });
  }
  const goals = agreement.fields.flatMap((field) => field.strategicGoals.flatMap((strategic) => strategic.goals));
  for (let index = agreement.totals.measures; index < FULL_CASE_MEASURES; index += 1) {
    await call('goals.addMeasure', {
      caseId,
      goalId: goals[index % goals.length]!.id,
      measure: { title: `Maßnahme ${index + 1}`, responsibleUnit: 'Rathaus', startMonth: '2026-01', endMonth: '2027-12', budget: 1000 * index, priority: 'mittel' },
      amendment,
    });
  }
  const assessment = await call('certification.get', { caseId });
  for (const criterion of assessment.criteria) await call('certification.rate', { caseId, criterionId: criterion.id, rating: 'erfuellt', justification: 'belegt' });
  return caseId;
}
