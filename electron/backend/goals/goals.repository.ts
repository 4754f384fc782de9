import type { Insertable, Kysely, Selectable, Transaction, Updateable } from 'kysely';
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
const PARENT_COLUMN = { strategic_goals: 'field_id', goals: 'strategic_goal_id', measures: 'goal_id' } as const;

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

/** Each measure's status in the latest yearly report that names it. */
export async function latestReportStatuses(db: Db, caseId: string) {
  return db
    .selectFrom('report_entries as e')
    .innerJoin('implementation_reports as r', 'r.id', 'e.report_id')
    .select(['e.measure_id', 'e.status', 'r.year'])
    .where('r.case_id', '=', caseId)
    .orderBy('r.year')
    .execute();
}

/** What an agreement holds besides its tree: resolution, amendments, yearly reports with their entries. */
export async function findAgreementRecords(db: Db, caseId: string) {
  const [resolution, amendments, reports, entries] = await Promise.all([
    db.selectFrom('agreement_resolutions').selectAll().where('case_id', '=', caseId).executeTakeFirst(),
    db.selectFrom('agreement_amendments').selectAll().where('case_id', '=', caseId).orderBy('recorded_at').execute(),
    db.selectFrom('implementation_reports').selectAll().where('case_id', '=', caseId).orderBy('year').execute(),
    db.selectFrom('report_entries as e').innerJoin('implementation_reports as r', 'r.id', 'e.report_id').select(['e.report_id', 'e.measure_id', 'e.status', 'e.comment']).where('r.case_id', '=', caseId).execute(),
  ]);
  return { resolution, amendments, reports, entries };
}

export async function insertAmendment(db: Db, row: Insertable<DatabaseSchema['agreement_amendments']>): Promise<void> {
  await db.insertInto('agreement_amendments').values(row).execute();
}

export async function renameNode(db: Db, table: 'strategic_goals' | 'goals', id: string, title: string, now: string): Promise<void> {
  await db.updateTable(table).set({ title, updated_at: now }).where('id', '=', id).execute();
}

export async function updateMeasure(db: Db, id: string, columns: Omit<Updateable<MeasuresTable>, 'id' | 'case_id'>, now: string): Promise<void> {
  await db.updateTable('measures').set({ ...columns, updated_at: now }).where('id', '=', id).execute();
}

export async function measureIds(db: Db, caseId: string): Promise<Set<string>> {
  return new Set((await db.selectFrom('measures').select('id').where('case_id', '=', caseId).execute()).map((row) => row.id));
}

/**
 * Stores the yearly report of `year` (replacing its entries) and returns every report date of the
 * case; `alsoWrite` dates the phases those reports concern, in the same transaction.
 */
export async function saveReport(
  db: Kysely<DatabaseSchema>,
  row: { caseId: string; year: number; reportDate: string; comment: string; entries: readonly { measureId: string; status: DatabaseSchema['report_entries']['status']; comment: string }[]; newId: string; now: string },
  alsoWrite: (trx: Db, reportDates: string[]) => Promise<void>,
): Promise<void> {
  const { caseId, year, reportDate, comment, now } = row;
  await db.transaction().execute(async (trx) => {
    const existing = await trx.selectFrom('implementation_reports').select('id').where('case_id', '=', caseId).where('year', '=', year).executeTakeFirst();
    const id = existing?.id ?? row.newId;
    if (existing) await trx.updateTable('implementation_reports').set({ report_date: reportDate, comment, updated_at: now }).where('id', '=', id).execute();
    else await trx.insertInto('implementation_reports').values({ id, case_id: caseId, year, report_date: reportDate, comment, updated_at: now }).execute();
    await trx.deleteFrom('report_entries').where('report_id', '=', id).execute();
    if (row.entries.length > 0) await trx.insertInto('report_entries').values(row.entries.map((entry) => ({ report_id: id, measure_id: entry.measureId, status: entry.status, comment: entry.comment }))).execute();
    const reportDates = (await trx.selectFrom('implementation_reports').select('report_date').where('case_id', '=', caseId).execute()).map((report) => report.report_date);
    await alsoWrite(trx, reportDates);
  });
}

/** The ideas of the Ideenspeicher each measure came from. */
export async function ideasByMeasure(db: Db, caseId: string): Promise<Map<string, { id: string; text: string }[]>> {
  const rows = await db.selectFrom('ideas').select(['id', 'text', 'measure_id']).where('case_id', '=', caseId).where('measure_id', 'is not', null).orderBy('created_at').execute();
  const byMeasure = new Map<string, { id: string; text: string }[]>();
  for (const row of rows) byMeasure.set(row.measure_id!, [...(byMeasure.get(row.measure_id!) ?? []), { id: row.id, text: row.text }]);
  return byMeasure;
}
