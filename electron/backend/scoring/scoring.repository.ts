import type { Insertable, Kysely, Selectable, Transaction } from 'kysely';
import { staleBase, type BaseTextOutcome } from '../db/base-text';
import type { CriterionRatingsTable, DatabaseSchema, FieldItemKind, FieldItemsTable } from '../db/schema';

type Db = Kysely<DatabaseSchema>;
export type RatingRow = Selectable<CriterionRatingsTable>;
type ItemRow = Selectable<FieldItemsTable>;

export async function findRatings(db: Db, caseId: string): Promise<RatingRow[]> {
  return db.selectFrom('criterion_ratings').selectAll().where('case_id', '=', caseId).execute();
}

/** Stores a rating; with `expectedJustification` only while the stored justification still is that text. */
export async function upsertRating(db: Db, row: Insertable<CriterionRatingsTable>, expectedJustification?: string): Promise<BaseTextOutcome> {
  return db.transaction().execute(async (trx) => {
    const current = await trx.selectFrom('criterion_ratings').select('justification').where('case_id', '=', row.case_id).where('criterion_id', '=', row.criterion_id).executeTakeFirst();
    const stale = staleBase(expectedJustification, current?.justification);
    if (stale) return stale;
    await trx
      .insertInto('criterion_ratings')
      .values(row)
      .onConflict((conflict) =>
        conflict.columns(['case_id', 'criterion_id']).doUpdateSet((eb) => ({
          value: eb.ref('excluded.value'),
          not_ratable: eb.ref('excluded.not_ratable'),
          justification: eb.ref('excluded.justification'),
          evidence: eb.ref('excluded.evidence'),
          updated_at: eb.ref('excluded.updated_at'),
        })),
      )
      .execute();
    return { stored: true };
  });
}

export async function findSummaries(db: Db, caseId: string): Promise<Map<string, string>> {
  const rows = await db.selectFrom('field_summaries').select(['field_id', 'summary']).where('case_id', '=', caseId).execute();
  return new Map(rows.map((row) => [row.field_id, row.summary]));
}

/** Stores a field's summary; with `expectedSummary` only while the stored summary still is that text. */
export async function upsertSummary(db: Db, row: { caseId: string; fieldId: string; summary: string; now: string }, expectedSummary?: string): Promise<BaseTextOutcome> {
  return db.transaction().execute(async (trx) => {
    const current = await trx.selectFrom('field_summaries').select('summary').where('case_id', '=', row.caseId).where('field_id', '=', row.fieldId).executeTakeFirst();
    const stale = staleBase(expectedSummary, current?.summary);
    if (stale) return stale;
    await trx
      .insertInto('field_summaries')
      .values({ case_id: row.caseId, field_id: row.fieldId, summary: row.summary, updated_at: row.now })
      .onConflict((conflict) => conflict.columns(['case_id', 'field_id']).doUpdateSet({ summary: row.summary, updated_at: row.now }))
      .execute();
    return { stored: true };
  });
}

export async function findItems(db: Db, caseId: string): Promise<ItemRow[]> {
  return db.selectFrom('field_items').selectAll().where('case_id', '=', caseId).orderBy('field_id').orderBy('kind').orderBy('position').execute();
}

export async function findItem(db: Db, caseId: string, itemId: string): Promise<ItemRow | undefined> {
  return db.selectFrom('field_items').selectAll().where('case_id', '=', caseId).where('id', '=', itemId).executeTakeFirst();
}

function siblings(trx: Transaction<DatabaseSchema>, caseId: string, fieldId: string, kind: FieldItemKind) {
  return trx.selectFrom('field_items').select(['id']).where('case_id', '=', caseId).where('field_id', '=', fieldId).where('kind', '=', kind).orderBy('position').execute();
}

async function renumber(trx: Transaction<DatabaseSchema>, ids: string[]): Promise<void> {
  for (const [position, id] of ids.entries()) await trx.updateTable('field_items').set({ position }).where('id', '=', id).execute();
}

export async function insertItem(db: Db, row: Omit<Insertable<FieldItemsTable>, 'position'>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const count = (await siblings(trx, row.case_id, row.field_id, row.kind)).length;
    await trx.insertInto('field_items').values({ ...row, position: count }).execute();
  });
}

export async function updateItemText(db: Db, caseId: string, itemId: string, text: string, now: string): Promise<void> {
  await db.updateTable('field_items').set({ text, updated_at: now }).where('case_id', '=', caseId).where('id', '=', itemId).execute();
}

/** Moves an item within its list (same field and kind) and renumbers the list without gaps. */
export async function moveItem(db: Db, item: ItemRow, toPosition: number): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const ids = (await siblings(trx, item.case_id, item.field_id, item.kind)).map((row) => row.id).filter((id) => id !== item.id);
    ids.splice(Math.min(toPosition, ids.length), 0, item.id);
    await renumber(trx, ids);
  });
}

export async function deleteItem(db: Db, item: ItemRow): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('field_items').where('id', '=', item.id).execute();
    await renumber(trx, (await siblings(trx, item.case_id, item.field_id, item.kind)).map((row) => row.id));
  });
}
