import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../db/schema';
import { CHANGE_LOG_USER_KEY } from '../db/change-log-triggers';

const USER_NAME_KEY = 'user_name';

export async function findUserName(db: Kysely<DatabaseSchema>): Promise<string | null> {
  const row = await db.selectFrom('app_meta').select('value').where('key', '=', USER_NAME_KEY).executeTakeFirst();
  return row?.value ?? null;
}

/** The name the logging triggers write into every change-log entry from now on. */
export async function writeChangeLogUser(db: Kysely<DatabaseSchema>, user: string): Promise<void> {
  await db.insertInto('app_meta').values({ key: CHANGE_LOG_USER_KEY, value: user }).onConflict((conflict) => conflict.column('key').doUpdateSet({ value: user })).execute();
}

/** Stores the person's name and makes it the change log's user, in one transaction. */
export async function saveUserName(db: Kysely<DatabaseSchema>, userName: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.insertInto('app_meta').values({ key: USER_NAME_KEY, value: userName }).onConflict((conflict) => conflict.column('key').doUpdateSet({ value: userName })).execute();
    await writeChangeLogUser(trx, userName);
  });
}
