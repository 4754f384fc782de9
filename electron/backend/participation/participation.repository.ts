import { sql, type Insertable, type Kysely, type Selectable } from 'kysely';
import type { DatabaseSchema, ParticipationEventsTable, ProjectMembersTable } from '../db/schema';

type Db = Kysely<DatabaseSchema>;
export type MemberRow = Selectable<ProjectMembersTable>;
export type EventRow = Selectable<ParticipationEventsTable>;

export async function listMembers(db: Db, caseId: string): Promise<MemberRow[]> {
  return db.selectFrom('project_members').selectAll().where('case_id', '=', caseId).orderBy('created_at').orderBy(sql`rowid`).execute();
}

export async function listEvents(db: Db, caseId: string): Promise<EventRow[]> {
  return db.selectFrom('participation_events').selectAll().where('case_id', '=', caseId).orderBy('created_at').orderBy(sql`rowid`).execute();
}

export async function findMember(db: Db, caseId: string, id: string): Promise<MemberRow | undefined> {
  return db.selectFrom('project_members').selectAll().where('case_id', '=', caseId).where('id', '=', id).executeTakeFirst();
}

export async function findEvent(db: Db, caseId: string, id: string): Promise<EventRow | undefined> {
  return db.selectFrom('participation_events').selectAll().where('case_id', '=', caseId).where('id', '=', id).executeTakeFirst();
}

export async function insertMember(db: Db, row: Insertable<ProjectMembersTable>): Promise<void> {
  await db.insertInto('project_members').values(row).execute();
}

export async function updateMember(db: Db, row: Insertable<ProjectMembersTable>): Promise<void> {
  const { id, case_id, created_at: _created, ...columns } = row;
  await db.updateTable('project_members').set(columns).where('case_id', '=', case_id).where('id', '=', id).execute();
}

export async function deleteMember(db: Db, caseId: string, id: string): Promise<void> {
  await db.deleteFrom('project_members').where('case_id', '=', caseId).where('id', '=', id).execute();
}

export async function insertEvent(db: Db, row: Insertable<ParticipationEventsTable>): Promise<void> {
  await db.insertInto('participation_events').values(row).execute();
}

export async function updateEvent(db: Db, row: Insertable<ParticipationEventsTable>): Promise<void> {
  const { id, case_id, created_at: _created, ...columns } = row;
  await db.updateTable('participation_events').set(columns).where('case_id', '=', case_id).where('id', '=', id).execute();
}

export async function deleteEvent(db: Db, caseId: string, id: string): Promise<void> {
  await db.deleteFrom('participation_events').where('case_id', '=', caseId).where('id', '=', id).execute();
}

