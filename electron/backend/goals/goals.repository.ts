import type { Insertable, Kysely, Selectable, Transaction } from 'kysely';
import type { DatabaseSchema, GoalsTable, MeasuresTable, StrategicGoalsTable } from '../db/schema';

export type Db = Kysely<DatabaseSchema> | Transaction<DatabaseSchema>;
export type StrategicRow = Selectable<StrategicGoalsTable>;
export type GoalRow = Selectable<GoalsTable>;
export type MeasureRow = Selectable<MeasuresTable>;
export type NodeTable = 'strategic_goals' | 'goals' | 'measures';

export async function loadTree(db: Db, caseId: string) {
  const [strategic, goals, measures] = await Promise.all([
    db.selectFrom('strategic_goals').selectAll().where('case_id', '=', caseId).orderBy('position').execute(),
    db.selectFrom('goals').selectAll().where('case_id', '=', caseId).orderBy('position').execute(),
    db.selectFrom('measures').selectAll().where('case_id', '=', caseId).orderBy('position').execute(),
  ]);
  return { strategic, goals, measures };
}

/** The column that names a node's parent: its field, strategic goal or goal. */
export const PARENT_COLUMN = { strategic_goals: 'field_id', goals: 'strategic_goal_id', measures: 'goal_id' } as const;

async function siblingIds(db: Db, table: NodeTable, caseId: string, parentId: string): Promise<string[]> {
  const rows = await db
    .selectFrom(table)
    .select('id')
    .where('case_id', '=', caseId)
    .where(PARENT_COLUMN[table], '=', parentId)
    .orderBy('position')
    .execute();
  return rows.map((row) => row.id);
}

async function renumber(db: Db, table: NodeTable, ids: string[]): Promise<void> {
  for (const [position, id] of ids.entries()) await db.updateTable(table).set({ position }).where('id', '=', id).execute();
}

export async function nextPosition(db: Db, table: NodeTable, caseId: string, parentId: string): Promise<number> {
  return (await siblingIds(db, table, caseId, parentId)).length;
}

export async function insertStrategic(db: Db, row: Insertable<StrategicGoalsTable>): Promise<void> {
  await db.insertInto('strategic_goals').values(row).execute();
}

export async function insertGoal(db: Db, row: Insertable<GoalsTable>): Promise<void> {
  await db.insertInto('goals').values(row).execute();
}

export async function insertMeasure(db: Db, row: Insertable<MeasuresTable>): Promise<void> {
  await db.insertInto('measures').values(row).execute();
}

/** Moves a node to a new parent and position; both the old and the new list close their gaps. */
export async function moveNode(db: Db, table: NodeTable, caseId: string, id: string, oldParent: string, newParent: string, toPosition: number, now: string): Promise<void> {
  await db.updateTable(table).set({ [PARENT_COLUMN[table]]: newParent, updated_at: now } as never).where('id', '=', id).execute();
  const target = (await siblingIds(db, table, caseId, newParent)).filter((sibling) => sibling !== id);
  target.splice(Math.min(toPosition, target.length), 0, id);
  await renumber(db, table, target);
  if (oldParent !== newParent) await renumber(db, table, await siblingIds(db, table, caseId, oldParent));
}

export async function removeNode(db: Db, table: NodeTable, caseId: string, id: string, parentId: string): Promise<void> {
  await db.deleteFrom(table).where('id', '=', id).execute();
  await renumber(db, table, await siblingIds(db, table, caseId, parentId));
}

export async function touchCase(db: Db, caseId: string, now: string): Promise<void> {
  await db.updateTable('cases').set({ updated_at: now }).where('id', '=', caseId).execute();
}
