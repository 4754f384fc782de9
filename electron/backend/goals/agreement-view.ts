import type { Catalogue } from '../../../shared/catalogue/catalogue-schema';
import type { Agreement, MeasureOutput } from '../../../shared/contract/goals';
import { budgetTotals, implementationProgress, isLate, numberAgreement, type MeasureStatus } from '../../../shared/goals/agreement';
import type { GoalRow, MeasureRow, StrategicRow } from './goals.repository';

export interface Tree {
  strategic: StrategicRow[];
  goals: GoalRow[];
  measures: MeasureRow[];
}

export interface LatestStatus {
  status: MeasureStatus;
  year: number;
}

/** The field a measure belongs to, through its goal and strategic goal. */
export function fieldOfMeasure(tree: Tree, measure: MeasureRow): string {
  const goal = tree.goals.find((candidate) => candidate.id === measure.goal_id);
  return tree.strategic.find((candidate) => candidate.id === goal?.strategic_goal_id)?.field_id ?? '';
}

export function numbersOf(catalogue: Catalogue, tree: Tree): Map<string, string> {
  return numberAgreement(
    catalogue.fields.map((field) => field.id),
    tree.strategic.map((row) => ({ id: row.id, fieldId: row.field_id, position: row.position })),
    tree.goals.map((row) => ({ id: row.id, strategicGoalId: row.strategic_goal_id, position: row.position })),
    tree.measures.map((row) => ({ id: row.id, goalId: row.goal_id, position: row.position })),
  );
}

/** Builds the agreement's tree for display: numbers, latest status, lateness, budgets and progress. */
export function buildTree(catalogue: Catalogue, tree: Tree, latest: Map<string, LatestStatus>, currentMonth: string, ideasByMeasure: ReadonlyMap<string, { id: string; text: string }[]> = new Map()) {
  const numbers = numbersOf(catalogue, tree);
  const measureOut = (row: MeasureRow): MeasureOutput => {
    const status = latest.get(row.id);
    const output = {
      id: row.id,
      number: numbers.get(row.id) ?? '',
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
      carriedFrom: row.carried_from,
      updatedAt: row.updated_at,
      status: status?.status ?? 'geplant',
      statusYear: status?.year ?? null,
      late: false,
      fromIdeas: ideasByMeasure.get(row.id) ?? [],
    };
    return { ...output, late: isLate(output, currentMonth) };
  };
  const tracked = tree.measures.map((row) => ({ row, out: measureOut(row), fieldId: fieldOfMeasure(tree, row) }));
  const totals = budgetTotals(tracked.map(({ out, fieldId }) => ({ fieldId, budget: out.budget })));
  const fields: Agreement['fields'] = catalogue.fields.map((field) => ({
    id: field.id,
    code: field.code,
    name: field.name,
    budget: totals.byField[field.id] ?? 0,
    strategicGoals: tree.strategic
      .filter((strategic) => strategic.field_id === field.id)
      .map((strategic) => ({
        id: strategic.id,
        number: numbers.get(strategic.id) ?? '',
        title: strategic.title,
        goals: tree.goals
          .filter((goal) => goal.strategic_goal_id === strategic.id)
          .map((goal) => ({
            id: goal.id,
            number: numbers.get(goal.id) ?? '',
            title: goal.title,
            measures: tracked.filter(({ row }) => row.goal_id === goal.id).map(({ out }) => out),
          })),
      })),
  }));
  return {
    fields,
    totals: { budget: totals.total, goals: tree.goals.length, measures: tree.measures.length },
    progress: implementationProgress(
      tracked.map(({ out, fieldId }) => ({ fieldId, status: out.status, endMonth: out.endMonth })),
      currentMonth,
    ),
  };
}
