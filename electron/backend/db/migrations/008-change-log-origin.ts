import type { Migration } from './migration';

export const migration008: Migration = {
  version: 8,
  name: 'change log entries remember where they came from',
  up(db) {
    db.exec(`
      -- NULL: recorded on this machine. Otherwise the transfer file the entry arrived with.
      ALTER TABLE change_log ADD COLUMN origin TEXT;
    `);
  },
};
