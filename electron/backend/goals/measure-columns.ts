import type { MeasureInput } from '../../../shared/contract/goals';
import { formatEuro } from '../../../shared/domain/german-numbers';
import type { MeasureRow } from './goals.repository';

/** Labels and texts for amendment records: what a measure looked like before and after. */
export const MEASURE_LABELS = {
  title: 'Titel',
  description: 'Beschreibung',
  responsible: 'Verantwortlich',
  period: 'Zeitraum',
  budget: 'Budget',
  priority: 'Priorität',
} as const;

function monthText(month: string | null): string {
  return month ? `${month.slice(5, 7)}/${month.slice(0, 4)}` : '';
}

export function measureSummary(measure: Pick<MeasureInput, 'title' | 'description' | 'responsibleUnit' | 'responsiblePerson' | 'startMonth' | 'endMonth' | 'budget' | 'budgetNote' | 'priority'>): Record<keyof typeof MEASURE_LABELS, string> {
  return {
    title: measure.title,
    description: measure.description,
    responsible: [measure.responsibleUnit, measure.responsiblePerson].filter(Boolean).join(', '),
    period: measure.startMonth || measure.endMonth ? `${monthText(measure.startMonth) || '?'} bis ${monthText(measure.endMonth) || '?'}` : '',
    budget: measure.budget === null ? '' : `${formatEuro(measure.budget)}${measure.budgetNote ? ` (${measure.budgetNote})` : ''}`,
    priority: measure.priority,
  };
}

export function rowToInput(row: MeasureRow): MeasureInput {
  return {
    title: row.title,
    description: row.description,
    responsibleUnit: row.responsible_unit,
    responsiblePerson: row.responsible_person,
    startMonth: row.start_month,
    endMonth: row.end_month,
    budget: row.budget_cents === null ? null : row.budget_cents / 100,
    budgetNote: row.budget_note,
    priority: row.priority,
    linkedItemId: row.linked_item_id,
    linkedQuestionId: row.linked_question_id,
  };
}

export function measureColumns(measure: MeasureInput) {
  return {
    title: measure.title,
    description: measure.description,
    responsible_unit: measure.responsibleUnit,
    responsible_person: measure.responsiblePerson,
    start_month: measure.startMonth,
    end_month: measure.endMonth,
    budget_cents: measure.budget === null ? null : Math.round(measure.budget * 100),
    budget_note: measure.budgetNote,
    priority: measure.priority,
    linked_item_id: measure.linkedItemId,
    linked_question_id: measure.linkedQuestionId,
  };
}
