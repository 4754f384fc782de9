import type { Kysely } from 'kysely';
import { fieldChanges, TABLE_LABELS } from '../../../shared/audit/change-entry';
import type { ChangeEntry } from '../../../shared/contract/audit';
import type { DatabaseSchema } from '../db/schema';

/** Reads the append-only change log; writing is the triggers' job alone. */
export function createChangeLogService(db: Kysely<DatabaseSchema>) {
  return {
    async caseLog(caseId: string, beforeSeq: number | undefined, limit: number): Promise<{ entries: ChangeEntry[]; nextBeforeSeq: number | null }> {
      let query = db.selectFrom('change_log').selectAll().where('case_id', '=', caseId);
      if (beforeSeq !== undefined) query = query.where('seq', '<', beforeSeq);
      const rows = await query.orderBy('seq', 'desc').limit(limit + 1).execute();
      const page = rows.slice(0, limit);
      return {
        entries: page.map((row) => ({
          seq: row.seq,
          tableName: row.table_name,
          tableLabel: TABLE_LABELS[row.table_name] ?? row.table_name,
          rowKey: row.row_key,
          operation: row.operation,
          changes: fieldChanges(row.operation, row.old_values, row.new_values),
          changedAt: row.changed_at,
          user: row.user_profile,
        })),
        nextBeforeSeq: rows.length > limit ? (page.at(-1)?.seq ?? null) : null,
      };
    },
  };
}

export type ChangeLogService = ReturnType<typeof createChangeLogService>;
