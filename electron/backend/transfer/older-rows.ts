type Row = Record<string, unknown>;

/** Schema 13 moved the two workshops of a round into participation_events (migration 013). */
const PARTICIPATION_SCHEMA = 13;

/**
 * Brings the rows of a transfer file written by an older schema to today's tables, as the
 * migrations do for a database; the result is then checked like any incoming case.
 */
export function upgradeOlderRows(schemaVersion: number, tables: Map<string, Row[]>, newId: () => string): Map<string, Row[]> {
  if (schemaVersion >= PARTICIPATION_SCHEMA) return tables;
  const workshops = tables.get('workshops');
  if (!workshops) return tables;
  const upgraded = new Map(tables);
  upgraded.delete('workshops');
  const events = workshops
    .filter((row) => row.held_on !== null || row.participants !== '[]' || row.priority_fields !== '[]')
    .map((row) => ({
      id: newId(),
      case_id: row.case_id,
      format_id: row.kind,
      title: '',
      held_on: row.held_on,
      place: '',
      moderation: '',
      agenda: '',
      participant_counts: '{}',
      organisations: row.participants,
      priority_fields: row.priority_fields,
      protocol: '',
      created_at: row.updated_at,
      updated_at: row.updated_at,
    }));
  upgraded.set('participation_events', [...(upgraded.get('participation_events') ?? []), ...events]);
  return upgraded;
}
