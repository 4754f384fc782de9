import type { Kysely } from 'kysely';
import type { Settings } from '../../../shared/contract/settings';
import type { DatabaseSchema } from '../db/schema';
import * as repo from './settings.repository';

interface Deps {
  db: Kysely<DatabaseSchema>;
  /** Who works when no name has been given yet (the CLI's --user, else the system account). */
  fallbackUser: string;
}

/**
 * The person's name on this machine. Until it is given (the app asks on first start), entries
 * name the fallback; from then on the name, in the change log and the import log alike.
 */
export async function createSettingsService({ db, fallbackUser }: Deps) {
  let userName = await repo.findUserName(db);
  await repo.writeChangeLogUser(db, userName ?? fallbackUser);
  return {
    get(): Settings {
      return { userName };
    },
    currentUser(): string {
      return userName ?? fallbackUser;
    },
    async update(input: { userName: string }): Promise<Settings> {
      await repo.saveUserName(db, input.userName);
      userName = input.userName;
      return { userName };
    },
    /** A restored database brings its own settings; the person working stays the same. */
    async keepAfterRestore(): Promise<void> {
      if (userName) await repo.saveUserName(db, userName);
      else await repo.writeChangeLogUser(db, fallbackUser);
    },
  };
}

export type SettingsService = Awaited<ReturnType<typeof createSettingsService>>;
