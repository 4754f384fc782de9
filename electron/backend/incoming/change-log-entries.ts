import { idSchema, isoDateTimeSchema } from '../../../shared/contract/common';
import { isXmlSafe } from '../../../shared/domain/xml-safe-text';
import { z } from '../../../shared/zod';
import type { IncomingProblem } from './incoming-problem';

type Row = Record<string, unknown>;

const jsonObjectText = z
  .string()
  .max(2_000_000)
  .refine((text) => {
    try {
      const value: unknown = JSON.parse(text);
      return value !== null && typeof value === 'object' && !Array.isArray(value);
    } catch {
      return false;
    }
  }, { message: 'Die Werte sind kein lesbarer Datensatz (kein JSON-Objekt).' });

const rowKeyText = z.string().max(2000).refine((text) => {
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) && value.length >= 1 && value.length <= 8 && value.every((part) => typeof part === 'string' || typeof part === 'number');
  } catch {
    return false;
  }
}, { message: 'Der Schlüssel der Zeile ist unlesbar.' });

/** The oldest moment an entry can honestly carry: no audit case existed in this app before. */
const EARLIEST = '2000-01-01T00:00:00.000Z';

interface ChangeLogEntryContext {
  /** The case every entry must belong to; null in a whole database, whose history outlives deleted cases. */
  caseId: string | null;
  /** Names of the case-data tables an entry may be about. */
  tables: ReadonlySet<string>;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Checks history entries that arrive with a transfer file or a backup: about one of this case's
 * tables, a known operation with the values it needs, a real moment not in the future, and a
 * named user. Returns the problems, each naming the entry by its number.
 */
export function changeLogEntryRule(context: ChangeLogEntryContext): (entry: Row, index: number) => IncomingProblem | null {
  // The log's times come from SQLite's own clock, so the real time bounds them (a day of slack), not the app's clock.
  const latest = new Date(Date.now() + DAY_MS).toISOString();
  const schema = z
    .object({
      case_id: context.caseId === null ? idSchema.nullable() : z.literal(context.caseId, { message: 'Der Eintrag gehört zu einem anderen Auditfall.' }),
      table_name: z.string().refine((name) => context.tables.has(name), { message: 'Der Eintrag betrifft keine bekannte Art von Falldaten.' }),
      row_key: rowKeyText,
      operation: z.enum(['insert', 'update', 'delete']),
      old_values: jsonObjectText.nullable(),
      new_values: jsonObjectText.nullable(),
      changed_at: isoDateTimeSchema.refine((moment) => moment >= EARLIEST && moment <= latest, { message: 'Der Zeitpunkt liegt außerhalb des möglichen Zeitraums.' }),
      user_profile: z.string().trim().min(1, { message: 'Der Eintrag nennt niemanden.' }).max(200).refine(isXmlSafe, { message: 'Der Name enthält Steuerzeichen.' }),
      origin: z.string().max(600).refine(isXmlSafe).nullable().optional(),
    })
    .refine((entry) => (entry.operation === 'delete' ? entry.old_values !== null : entry.new_values !== null) && (entry.operation !== 'update' || entry.old_values !== null), {
      path: ['operation'],
      message: 'Zum Vorgang fehlen die Werte.',
    });
  return (entry, index) => {
    const result = schema.safeParse(entry);
    if (result.success) return null;
    const issue = result.error.issues[0]!;
    return { table: 'change_log', row: index, column: issue.path.length > 0 ? String(issue.path[0]) : null, message: issue.message };
  };
}

export function changeLogEntryProblems(entries: readonly Row[], context: ChangeLogEntryContext): IncomingProblem[] {
  const rule = changeLogEntryRule(context);
  const problems: IncomingProblem[] = [];
  for (const [index, entry] of entries.entries()) {
    const problem = rule(entry, index);
    if (problem) problems.push(problem);
    if (problems.length >= 25) break;
  }
  return problems;
}
