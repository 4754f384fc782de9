import { sql, type Insertable, type Kysely, type Selectable, type Updateable } from 'kysely';
import type { CaseListQuery, CaseStatus } from '../../../shared/contract/cases';
import type { CasePhasesTable, CasesTable, DatabaseSchema } from '../db/schema';

export type CaseRow = Selectable<CasesTable>;
export type PhaseRow = Selectable<CasePhasesTable>;
type Db = Kysely<DatabaseSchema>;

/** `alsoWrite` runs in the same transaction: what a new round changes elsewhere (its predecessor's Re-Audit phase). */
export async function insertCase(db: Db, row: Insertable<CasesTable>, phases: Insertable<CasePhasesTable>[], alsoWrite: (trx: Db) => Promise<void>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.insertInto('cases').values(row).execute();
    if (phases.length > 0) await trx.insertInto('case_phases').values(phases).execute();
    await alsoWrite(trx);
  });
}

export async function findCase(db: Db, id: string): Promise<CaseRow | undefined> {
  return db.selectFrom('cases').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findPhases(db: Db, caseId: string): Promise<PhaseRow[]> {
  return db.selectFrom('case_phases').selectAll().where('case_id', '=', caseId).orderBy('position').execute();
}

function escapeLike(term: string): string {
  return term.replace(/[\\%_]/g, (char) => `\\${char}`);
}

/** The column each sort of the list orders by; the name's German key breaks ties. */
const SORT_COLUMNS = {
  ags: 'c.ags',
  bundesland: 'c.bundesland',
  population: 'c.population',
  createdAt: 'c.created_at',
  updatedAt: 'c.updated_at',
} as const satisfies Record<Exclude<CaseListQuery['sortBy'], 'municipalityName'>, string>;

function filteredCases(db: Db, query: CaseListQuery, searchTerms: string[]) {
  let select = db.selectFrom('cases as c').where((eb) => {
    const notDeleted = eb('c.deleted_at', 'is', null);
    if (query.status === 'trash') return eb('c.deleted_at', 'is not', null);
    if (query.status === 'archived') return eb.and([notDeleted, eb('c.archived_at', 'is not', null)]);
    return eb.and([notDeleted, eb('c.archived_at', 'is', null)]);
  });
  if (query.kind) select = select.where('c.kind', '=', query.kind);
  if (query.bundesland) select = select.where('c.bundesland', '=', query.bundesland);
  if (query.auditRound) select = select.where('c.audit_round', '=', query.auditRound);
  if (query.ags) select = select.where('c.ags', '=', query.ags);
  for (const term of searchTerms) {
    select = select.where(sql<boolean>`c.search_text LIKE ${`%${escapeLike(term)}%`} ESCAPE '\\'`);
  }
  return select;
}

/** One page of the filtered list in its order (all of it without a limit); empty values sort first. Ties go by name, A to Z. */
export async function listCases(db: Db, query: CaseListQuery, searchTerms: string[]): Promise<CaseRow[]> {
  let select = filteredCases(db, query, searchTerms).selectAll('c');
  // By name the index gives the order (a repeated ORDER BY term would keep SQLite from using it).
  if (query.sortBy === 'municipalityName') select = select.orderBy('c.name_sort_key', query.sortDirection).orderBy('c.id', query.sortDirection);
  else select = select.orderBy(SORT_COLUMNS[query.sortBy], query.sortDirection).orderBy('c.name_sort_key', 'asc').orderBy('c.id', 'asc');
  if (query.limit !== undefined) select = select.limit(query.limit).offset(query.offset);
  else if (query.offset > 0) select = select.limit(-1).offset(query.offset);
  return select.execute();
}

export async function countCases(db: Db, query: CaseListQuery, searchTerms: string[]): Promise<number> {
  const row = await filteredCases(db, query, searchTerms).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The phases of many cases at once, for the list's current phase. */
export async function findPhasesOfCases(db: Db, caseIds: readonly string[]): Promise<PhaseRow[]> {
  const rows: PhaseRow[] = [];
  for (let start = 0; start < caseIds.length; start += 500) {
    rows.push(...(await db.selectFrom('case_phases').selectAll().where('case_id', 'in', caseIds.slice(start, start + 500)).execute()));
  }
  return rows;
}

export async function countByStatus(db: Db): Promise<Record<CaseStatus, number>> {
  const row = await db
    .selectFrom('cases')
    .select([
      sql<number>`COALESCE(SUM(deleted_at IS NULL AND archived_at IS NULL), 0)`.as('active'),
      sql<number>`COALESCE(SUM(deleted_at IS NULL AND archived_at IS NOT NULL), 0)`.as('archived'),
      sql<number>`COALESCE(SUM(deleted_at IS NOT NULL), 0)`.as('trash'),
    ])
    .executeTakeFirstOrThrow();
  return { active: Number(row.active), archived: Number(row.archived), trash: Number(row.trash) };
}

export async function updateCase(db: Db, id: string, changes: Updateable<CasesTable>): Promise<void> {
  await db.updateTable('cases').set(changes).where('id', '=', id).execute();
}

/** Dates the case's last change; a later time is kept (a change can finish after a newer one). */
export async function touchCase(db: Db, id: string, now: string): Promise<void> {
  await db.updateTable('cases').set({ updated_at: now }).where('id', '=', id).where('updated_at', '<', now).execute();
}

export async function deleteCase(db: Db, id: string): Promise<void> {
  await db.deleteFrom('cases').where('id', '=', id).execute();
}

export async function updatePhase(
  db: Db,
  caseId: string,
  phaseKey: string,
  changes: Updateable<CasePhasesTable>,
  updatedAt: string,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('case_phases').set(changes).where('case_id', '=', caseId).where('phase_key', '=', phaseKey).execute();
    await trx.updateTable('cases').set({ updated_at: updatedAt }).where('id', '=', caseId).execute();
  });
}

/** A case's workshops and participation events, for its timeline: by date, undated last. */
export async function findPhaseEvents(db: Db, caseId: string): Promise<PhaseEvent[]> {
  return db.selectFrom('participation_events').select(['id', 'format_id', 'title', 'held_on']).where('case_id', '=', caseId).orderBy(sql`held_on IS NULL`).orderBy('held_on').orderBy('created_at').execute();
}

export type PhaseEvent = { id: string; format_id: string; title: string; held_on: string | null };
