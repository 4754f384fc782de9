import type { Kysely } from 'kysely';
import { fieldChanges, TABLE_LABELS, type ChangeOperation, type FieldChange } from '../../../shared/audit/change-entry';
import type { ChangeEntry } from '../../../shared/contract/audit';
import type { DatabaseSchema } from '../db/schema';

const OPERATIONS = new Set<string>(['insert', 'update', 'delete']);

/** The entry's field changes, or null when its stored values are not readable (written by an older or foreign file). */
function readableChanges(operation: ChangeOperation, oldJson: string | null, newJson: string | null): FieldChange[] | null {
  try {
    return fieldChanges(operation, oldJson, newJson);
  } catch {
    return null;
  }
}

/** Reads the append-only change log; writing is the triggers' job alone. */
export function createChangeLogService(db: Kysely<DatabaseSchema>) {
  return {
    async caseLog(caseId: string, beforeSeq: number | undefined, limit: number): Promise<{ entries: ChangeEntry[]; nextBeforeSeq: number | null }> {
      let query = db.selectFrom('change_log').selectAll().where('case_id', '=', caseId);
      if (beforeSeq !== undefined) query = query.where('seq', '<', beforeSeq);
      const rows = await query.orderBy('seq', 'desc').limit(limit + 1).execute();
      const page = rows.slice(0, limit);
      return {
        entries: page.map((row) => {
          const changes = readableChanges(row.operation, row.old_values, row.new_values);
          return {
            seq: row.seq,
            tableName: row.table_name,
            tableLabel: Object.hasOwn(TABLE_LABELS, row.table_name) ? TABLE_LABELS[row.table_name]! : row.table_name,
            rowKey: row.row_key,
            operation: OPERATIONS.has(row.operation) ? row.operation : 'update',
            changes: changes ?? [],
            changedAt: row.changed_at,
            user: row.user_profile,
            origin: row.origin,
            readable: changes !== null && OPERATIONS.has(row.operation),
          };
        }),
        nextBeforeSeq: rows.length > limit ? (page.at(-1)?.seq ?? null) : null,
      };
    },
  };
}

export type ChangeLogService = ReturnType<typeof createChangeLogService>;
