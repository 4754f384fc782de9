import type { Catalogue, Question, Section } from '../catalogue/catalogue-schema';

/** The sections a case answers: every field's, plus those of the modules chosen for it. */
export function sectionsForCase(catalogue: Pick<Catalogue, 'questionnaire'>, modules: readonly string[]): Section[] {
  return catalogue.questionnaire.sections.filter((section) => section.fieldId !== undefined || modules.includes(section.moduleId ?? ''));
}

export function findQuestion(sections: readonly Section[], questionId: string): Question | undefined {
  for (const section of sections) {
    const question = section.questions.find((candidate) => candidate.id === questionId);
    if (question) return question;
  }
  return undefined;
}
