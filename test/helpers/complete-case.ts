import type { Question } from '../../shared/catalogue/catalogue-schema';
import type { TestBackend } from './backend';

export function validValue(question: Question): number | string | string[] {
  switch (question.type) {
    case 'number':
    case 'percent':
    case 'currency':
      return question.min ?? 0;
    case 'yesPartlyNo':
      return 'ja';
    case 'singleChoice':
      return question.options[0]!.id;
    case 'multipleChoice':
      return [question.options[0]!.id];
    case 'date':
      return '2025-01-01';
    default:
      return 'Angabe';
  }
}

const RESOLUTION_PDF = Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n', 'latin1');

/** Everything the computed formal checks look for: required answers, ratings, goals with complete measures, the resolution and its document. */
export async function completeCase({ call }: Pick<TestBackend, 'call'>, caseId: string): Promise<void> {
  const questionnaire = await call('questionnaire.get', { caseId });
  for (const question of questionnaire.catalogue.sections.flatMap((section) => section.questions).filter((candidate) => candidate.required)) {
    await call('questionnaire.saveAnswer', { caseId, questionId: question.id, value: validValue(question) });
  }
  const scoring = await call('scoring.get', { caseId });
  for (const field of scoring.fields) await call('scoring.rate', { caseId, criterionId: field.criteria[0]!.id, value: 3 });
  for (const field of scoring.fields) {
    let agreement = await call('goals.addNode', { caseId, kind: 'strategic', parentId: field.id, title: `Strategie ${field.code}` });
    const strategic = agreement.fields.find((candidate) => candidate.id === field.id)!.strategicGoals[0]!.id;
    agreement = await call('goals.addNode', { caseId, kind: 'goal', parentId: strategic, title: `Ziel ${field.code}` });
    const goal = agreement.fields.find((candidate) => candidate.id === field.id)!.strategicGoals[0]!.goals[0]!.id;
    await call('goals.addMeasure', { caseId, goalId: goal, measure: { title: `Maßnahme ${field.code}`, responsibleUnit: 'Rathaus', startMonth: '2026-01', endMonth: '2027-12', budget: 10000, priority: 'mittel' } });
  }
  await call('goals.adopt', { caseId, resolutionDate: '2026-03-01', drucksache: 'DS 2026/041' });
  await call('evidence.add', { caseId, fileName: 'beschluss.pdf', contentBase64: RESOLUTION_PDF.toString('base64'), title: 'Beschluss DS 2026/041', documentDate: '2026-03-01', places: ['resolution:agreement'] });
  const participation = await call('participation.get', { caseId });
  const citizens = participation.formats.find((format) => format.citizens);
  if (citizens) await call('participation.saveEvent', { caseId, event: { formatId: citizens.id, heldOn: '2025-11-15', participants: { buerger: 40, jugend: 8 } } });
}
