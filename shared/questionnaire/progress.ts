import type { Section } from '../catalogue/catalogue-schema';

export interface ProgressCount {
  answered: number;
  total: number;
  requiredAnswered: number;
  requiredTotal: number;
}

interface QuestionnaireProgress {
  overall: ProgressCount;
  /** Keyed by field id, or module id for module sections. */
  byGroup: Record<string, ProgressCount>;
}

function emptyCount(): ProgressCount {
  return { answered: 0, total: 0, requiredAnswered: 0, requiredTotal: 0 };
}

function add(count: ProgressCount, required: boolean, answered: boolean): void {
  count.total += 1;
  if (answered) count.answered += 1;
  if (required) {
    count.requiredTotal += 1;
    if (answered) count.requiredAnswered += 1;
  }
}

export function groupOf(section: Pick<Section, 'fieldId' | 'moduleId'>): string {
  return section.fieldId ?? section.moduleId ?? '';
}

/** Answered and required counts per field (or module) and overall. */
export function computeProgress(sections: readonly Section[], answered: ReadonlySet<string>): QuestionnaireProgress {
  const overall = emptyCount();
  // No prototype: a field id such as `constructor` is an ordinary key here.
  const byGroup: Record<string, ProgressCount> = Object.create(null) as Record<string, ProgressCount>;
  for (const section of sections) {
    const group = (byGroup[groupOf(section)] ??= emptyCount());
    for (const question of section.questions) {
      const isAnswered = answered.has(question.id);
      add(group, question.required, isAnswered);
      add(overall, question.required, isAnswered);
    }
  }
  return { overall, byGroup };
}
