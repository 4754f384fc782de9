import type { Kysely } from 'kysely';
import { fieldChanges, rowValues, TABLE_LABELS, type ChangeOperation, type FieldChange } from '../../../shared/change-log/change-entry';
import { displayChanges, entrySubject, onlyDerived } from '../../../shared/change-log/change-display';
import { ITEM_KIND_SINGULAR } from '../../../shared/vocabulary/scoring';
import { placeLabeller } from '../../../shared/evidence/place-labels';
import { catalogueReferences, NO_REFERENCES, type ChangeReferences } from '../../../shared/change-log/change-references';
import { roundLabel } from '../../../shared/catalogue/terminology';
import type { ChangeEntry } from '../../../shared/contract/change-log';
import type { DatabaseSchema } from '../db/schema';
import type { CasesService } from '../cases/cases.service';
import type { CataloguesService } from '../catalogues/catalogues.service';
import type { GoalsService } from '../goals/goals.service';
import type { ParticipationService } from '../participation/participation.service';
import { formatGermanDate } from '../../../shared/domain/dates';
import * as repo from './change-log.repository';

const OPERATIONS = new Set<string>(['insert', 'update', 'delete']);
/** Rows read per step while skipping entries that changed only derived bookkeeping. */
const BATCH = 200;
const REFERENCE_COLUMNS = ['goal_id', 'strategic_goal_id', 'measure_id', 'report_id', 'linked_item_id', 'carried_from', 'document_id'] as const;

interface Deps {
  db: Kysely<DatabaseSchema>;
  cases: CasesService;
  catalogues: CataloguesService;
  goals: GoalsService;
  participation: ParticipationService;
}

/** The entry's field changes, or null when its stored values are not readable (written by an older or foreign file). */
function readable(operation: ChangeOperation, oldJson: string | null, newJson: string | null): { changes: FieldChange[]; row: Record<string, unknown> } | null {
  try {
    return { changes: fieldChanges(operation, oldJson, newJson), row: rowValues(oldJson, newJson) };
  } catch {
    return null;
  }
}

/** Reads the append-only change log and names what each entry points at; writing is the triggers' job alone. */
export function createChangeLogService({ db, cases, catalogues, goals, participation }: Deps) {
  /** The names of the case's catalogue and of its goals, measures, entries and reports as they are now. */
  async function currentReferences(caseId: string): Promise<ChangeReferences> {
    const records = new Map<string, string>();
    let refs: ChangeReferences = { ...NO_REFERENCES, records };
    try {
      const detail = await cases.get(caseId);
      const catalogue = await catalogues.get(detail.catalogueId, detail.catalogueVersion);
      // Measures and events are named in records by their id, so the places read from them too.
      refs = { ...catalogueReferences(catalogue), records, placeLabel: placeLabeller(catalogue, { measures: records, events: records }) };
      if (detail.previousCase) records.set(detail.previousCase.id, `${detail.previousCase.municipalityName}, ${roundLabel(refs.terms, detail.previousCase.auditRound)}`);
      const agreement = await goals.get(caseId);
      for (const field of agreement.fields) {
        for (const strategic of field.strategicGoals) {
          records.set(strategic.id, `${strategic.number} ${strategic.title}`);
          for (const goal of strategic.goals) {
            records.set(goal.id, `${goal.number} ${goal.title}`);
            for (const measure of goal.measures) records.set(measure.id, `${measure.number} ${measure.title}`);
          }
        }
      }
      for (const item of agreement.linkableItems) records.set(item.id, `${(ITEM_KIND_SINGULAR as Record<string, string>)[item.kind] ?? 'Eintrag'} „${item.text}“`);
      for (const report of agreement.reports) records.set(report.id, `Jahresbericht ${report.year}`);
      for (const measure of agreement.previous?.measures ?? []) records.set(measure.id, `${measure.number} ${measure.title} (vorherige Runde)`);
      for (const document of await repo.documentTitles(db, caseId)) records.set(document.id, `„${document.title}“`);
      for (const event of (await participation.get(caseId)).events) records.set(event.id, [event.formatName, event.title || null, event.heldOn ? `am ${formatGermanDate(event.heldOn)}` : null].filter(Boolean).join(' '));
    } catch {
      // A case in the trash or a catalogue no longer installed: the log still reads, with the names it holds itself.
    }
    return refs;
  }

  /** Rows deleted since are named from the log itself, by what they were last called. */
  async function addDeletedNames(caseId: string, refs: ChangeReferences, rows: { row: Record<string, unknown> }[]): Promise<void> {
    const records = refs.records as Map<string, string>;
    const missing = new Set<string>();
    for (const { row } of rows) {
      for (const column of REFERENCE_COLUMNS) {
        const id = row[column];
        if (typeof id === 'string' && !records.has(id)) missing.add(id);
      }
      if (typeof row.id === 'string' && !records.has(row.id)) missing.add(row.id);
    }
    for (const logged of await repo.lastLoggedRowsById(db, caseId, [...missing])) {
      const id = (JSON.parse(logged.row_key) as unknown[])[0];
      const values = rowValues(logged.old_values, logged.new_values);
      const name = typeof values.title === 'string' ? `„${values.title}“` : typeof values.text === 'string' ? `„${values.text}“` : typeof values.year === 'number' ? `Jahresbericht ${values.year}` : null;
      if (typeof id === 'string' && name) records.set(id, `${name} (gelöscht)`);
    }
  }

  return {
    async caseLog(caseId: string, beforeSeq: number | undefined, limit: number): Promise<{ entries: ChangeEntry[]; nextBeforeSeq: number | null }> {
      const shown: { raw: Awaited<ReturnType<typeof repo.pageOfLog>>[number]; read: ReturnType<typeof readable> }[] = [];
      let cursor = beforeSeq;
      let exhausted = false;
      while (shown.length <= limit && !exhausted) {
        const rows = await repo.pageOfLog(db, caseId, cursor, BATCH);
        exhausted = rows.length < BATCH;
        for (const raw of rows) {
          cursor = raw.seq;
          const read = readable(raw.operation, raw.old_values, raw.new_values);
          if (read && raw.operation === 'update' && onlyDerived(read.changes)) continue;
          shown.push({ raw, read });
          if (shown.length > limit) break;
        }
      }
      const page = shown.slice(0, limit);
      const refs = await currentReferences(caseId);
      await addDeletedNames(caseId, refs, page.flatMap(({ read }) => (read ? [read] : [])));
      return {
        entries: page.map(({ raw, read }) => ({
          seq: raw.seq,
          tableName: raw.table_name,
          tableLabel: Object.hasOwn(TABLE_LABELS, raw.table_name) ? TABLE_LABELS[raw.table_name]! : raw.table_name,
          rowKey: raw.row_key,
          subject: read ? entrySubject(raw.table_name, read.row, refs) : null,
          operation: OPERATIONS.has(raw.operation) ? raw.operation : 'update',
          changes: read ? displayChanges(raw.table_name, raw.operation, read.changes, read.row, refs) : [],
          changedAt: raw.changed_at,
          user: raw.user_profile,
          origin: raw.origin,
          readable: read !== null && OPERATIONS.has(raw.operation),
        })),
        nextBeforeSeq: shown.length > limit ? (page.at(-1)?.raw.seq ?? null) : null,
      };
    },
  };
}

export type ChangeLogService = ReturnType<typeof createChangeLogService>;
