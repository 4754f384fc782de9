import { FIELD_LABELS, TABLE_LABELS } from '../../../shared/change-log/change-entry';
import { AppError } from '../errors';

/** One thing wrong with data that came in: where (table, row number from 0, column) and what. */
export interface IncomingProblem {
  table: string;
  row: number | null;
  column: string | null;
  message: string;
}

const label = (labels: Readonly<Record<string, string>>, key: string) => (Object.hasOwn(labels, key) ? labels[key]! : key);

function describeProblem(problem: IncomingProblem): string {
  const where = [label(TABLE_LABELS, problem.table) + (problem.row === null ? '' : ` Nr. ${problem.row + 1}`), problem.column ? label(FIELD_LABELS, problem.column) : null].filter(Boolean).join(', ');
  return `${where}: ${problem.message.replace(/\.$/, '')}`;
}

/** A refusal that names what is wrong, at most a few problems, and says that nothing was written. */
export function refusedIncoming(intro: string, problems: readonly IncomingProblem[]): AppError {
  const shown = problems.slice(0, 5).map(describeProblem);
  const more = problems.length > shown.length ? ` (und weitere ${problems.length - shown.length})` : '';
  return new AppError('INVALID_INPUT', `${intro} ${shown.join(' · ')}${more}. Es wurde nichts verändert.`, problems.slice(0, 25).map((problem) => ({ path: problem.table, message: describeProblem(problem) })));
}
