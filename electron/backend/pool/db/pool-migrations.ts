import type { CreateTableBuilder, Kysely, Migration } from 'kysely';

/**
 * Frozen in time, one per schema version, written with kysely's schema builder so that the same
 * migrations run on SQLite and PostgreSQL. Never import app types here.
 */
const m001Pool: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('pool_keys')
      .addColumn('fingerprint', 'text', (column) => column.primaryKey())
      .addColumn('public_key', 'text', (column) => column.notNull())
      .addColumn('label', 'text', (column) => column.notNull())
      .addColumn('trust', 'text', (column) => column.notNull())
      .addColumn('registered_at', 'text', (column) => column.notNull())
      .execute();
    await db.schema
      .createTable('pool_cases')
      .addColumn('case_id', 'text', (column) => column.primaryKey())
      .addColumn('current_submission_id', 'text')
      .addColumn('submission_count', 'integer', (column) => column.notNull().defaultTo(0))
      .addColumn('conflict_count', 'integer', (column) => column.notNull().defaultTo(0))
      .addColumn('first_received_at', 'text', (column) => column.notNull())
      .addColumn('last_received_at', 'text', (column) => column.notNull())
      .execute();
    // Typed by name only: the columns are added in loops.
    let submissions: CreateTableBuilder<'pool_submissions', string> = db.schema
      .createTable('pool_submissions')
      .addColumn('id', 'text', (column) => column.primaryKey())
      .addColumn('case_id', 'text', (column) => column.notNull().references('pool_cases.case_id'));
    for (const name of ['file_name', 'file_sha256', 'received_at', 'exported_at', 'app_version', 'catalogue_id'] as const) submissions = submissions.addColumn(name, 'text', (column) => column.notNull());
    submissions = submissions.addColumn('catalogue_version', 'integer', (column) => column.notNull());
    for (const name of ['catalogue_name', 'checksum_method', 'checksum', 'signature_state'] as const) submissions = submissions.addColumn(name, 'text', (column) => column.notNull());
    submissions = submissions.addColumn('key_fingerprint', 'text');
    for (const name of ['municipality_name', 'name_key', 'ags', 'kind', 'landkreis', 'bundesland'] as const) submissions = submissions.addColumn(name, 'text', (column) => column.notNull());
    submissions = submissions.addColumn('population', 'integer');
    for (const name of ['audit_round', 'auditor'] as const) submissions = submissions.addColumn(name, 'text', (column) => column.notNull());
    submissions = submissions.addColumn('resolution_date', 'text');
    for (const name of ['drucksache', 'recommendation'] as const) submissions = submissions.addColumn(name, 'text', (column) => column.notNull());
    submissions = submissions
      .addColumn('finalized', 'integer', (column) => column.notNull())
      .addColumn('finalized_at', 'text')
      .addColumn('certificate_date', 'text')
      .addColumn('certificate_valid_until', 'text')
      .addColumn('yearly_reports_expected', 'integer')
      .addColumn('yearly_reports', 'text', (column) => column.notNull())
      .addColumn('overall_score', 'double precision')
      .addColumn('conflict', 'integer', (column) => column.notNull().defaultTo(0))
      .addUniqueConstraint('pool_submissions_same_content', ['case_id', 'exported_at', 'checksum']);
    await submissions.execute();
    await db.schema.createIndex('pool_submissions_by_case').on('pool_submissions').columns(['case_id', 'exported_at']).execute();
    await db.schema
      .createTable('pool_field_scores')
      .addColumn('submission_id', 'text', (column) => column.notNull().references('pool_submissions.id'))
      .addColumn('field_id', 'text', (column) => column.notNull())
      .addColumn('position', 'integer', (column) => column.notNull())
      .addColumn('code', 'text', (column) => column.notNull())
      .addColumn('name', 'text', (column) => column.notNull())
      .addColumn('score', 'double precision')
      .addPrimaryKeyConstraint('pool_field_scores_pk', ['submission_id', 'field_id'])
      .execute();
    await db.schema
      .createTable('pool_criterion_ratings')
      .addColumn('submission_id', 'text', (column) => column.notNull().references('pool_submissions.id'))
      .addColumn('criterion_id', 'text', (column) => column.notNull())
      .addColumn('position', 'integer', (column) => column.notNull())
      .addColumn('category', 'text', (column) => column.notNull())
      .addColumn('text', 'text', (column) => column.notNull())
      .addColumn('rating', 'text')
      .addPrimaryKeyConstraint('pool_criterion_ratings_pk', ['submission_id', 'criterion_id'])
      .execute();
  },
};

/** Registered statically so that bundling cannot lose one. */
export const POOL_MIGRATIONS: Record<string, Migration> = {
  '001-pool': m001Pool,
};
