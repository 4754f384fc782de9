import type { Database } from 'better-sqlite3';

/**
 * A schema change, frozen in time: it speaks plain SQL and never imports app types, so that
 * later changes to the app cannot change what an old migration does.
 */
export interface Migration {
  version: number;
  name: string;
  up(db: Database): void;
}
