import type { Migration } from './migration';

export const migration010: Migration = {
  version: 10,
  name: 'every table read per case, and every foreign key, has an index',
  up(db) {
    db.exec(`
      -- Read per case on every goals, certification and report page; without these each read
      -- scanned the measures and goals of every case in the database.
      CREATE INDEX goals_by_case ON goals(case_id, position);
      CREATE INDEX measures_by_case ON measures(case_id, position);
      CREATE INDEX agreement_amendments_by_case ON agreement_amendments(case_id);
      CREATE INDEX certification_reopenings_by_case ON certification_reopenings(case_id);
      -- Deleting a measure looks up its report entries.
      CREATE INDEX report_entries_by_measure ON report_entries(measure_id);
    `);
  },
};
