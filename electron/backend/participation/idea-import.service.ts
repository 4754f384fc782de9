import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { ParsedInput } from '../../../shared/contract';
import { MAX_IDEA_LENGTH, type IdeaImportPreview } from '../../../shared/contract/ideas';
import { readContributions, suggestColumnMap, type IdeaColumnMap, type ImportedIdea } from '../../../shared/participation/idea-import';
import { assertCanChange, type CasesService } from '../cases/cases.service';
import type { Clock } from '../clock';
import type { DatabaseSchema } from '../db/schema';
import { AppError, invalidInput } from '../errors';
import { readContributionTable } from './contribution-table';
import * as repo from './ideas.repository';
import type { IdeasService } from './ideas.service';

type Db = Kysely<DatabaseSchema>;
type ImportInput = ParsedInput<'participation.previewIdeaImport'>;

const SHOWN_PROBLEMS = 100;
const SAMPLE_ROWS = 5;
/** Rows per INSERT: well below SQLite's limit of bound values per statement. */
const CHUNK = 500;

/** Contributions collected elsewhere (an online survey, cards typed up after a workshop) as ideas, all or nothing. */
export function createIdeaImportService({ db, clock, cases, ideas }: { db: Db; clock: Clock; cases: CasesService; ideas: IdeasService }) {
  async function analyse({ caseId, fileName, contentBase64, map: given, eventId }: ImportInput): Promise<{ preview: IdeaImportPreview; ideas: ImportedIdea[] }> {
    const { catalogue } = await cases.context(caseId);
    if (eventId && !(await repo.eventLabels(db, caseId)).some((event) => event.id === eventId)) throw invalidInput('eventId', 'Die Veranstaltung gehört nicht zu diesem Auditfall.');
    const empty = { fileName, format: null, encoding: null, separator: null, headers: [], sample: [], rowCount: 0, map: given, ideaCount: 0, byField: {}, problems: [], problemCount: 0 };
    const table = await readContributionTable(Buffer.from(contentBase64, 'base64'));
    if (!table.ok) return { preview: { ...empty, refusal: `„${fileName}“ kann nicht eingelesen werden: ${table.message}` }, ideas: [] };
    const map: IdeaColumnMap | null = given ?? suggestColumnMap(table.headers);
    const read = map ? readContributions(table, map, catalogue.fields, MAX_IDEA_LENGTH) : { ideas: [], problems: [{ row: null, column: null, value: null, message: 'Bitte die Spalten für Text und Feld wählen.' }] };
    const byField: Record<string, number> = {};
    for (const idea of read.ideas) byField[idea.fieldId] = (byField[idea.fieldId] ?? 0) + 1;
    return {
      preview: {
        ...empty,
        format: table.format,
        encoding: table.encoding,
        separator: table.separator,
        headers: table.headers,
        sample: table.rows.slice(0, SAMPLE_ROWS).map((row) => row.cells),
        rowCount: table.rows.length,
        map,
        ideaCount: read.ideas.length,
        byField,
        problems: read.problems.slice(0, SHOWN_PROBLEMS),
        problemCount: read.problems.length,
        refusal: null,
      },
      ideas: read.ideas,
    };
  }

  return {
    async preview(input: ImportInput): Promise<IdeaImportPreview> {
      return (await analyse(input)).preview;
    },

    async apply(input: ParsedInput<'participation.applyIdeaImport'>) {
      const { pinned } = await cases.context(input.caseId);
      assertCanChange(pinned, 'participation');
      const { preview, ideas: rows } = await analyse(input);
      if (preview.refusal) throw new AppError('INVALID_INPUT', preview.refusal);
      if (preview.problemCount > 0) {
        const first = preview.problems.slice(0, 3).map((problem) => `${problem.row ? `Zeile ${problem.row}: ` : ''}${problem.message}`);
        throw new AppError('INVALID_INPUT', `„${input.fileName}“ wurde nicht eingelesen, es wurde nichts gespeichert: ${preview.problemCount} Problem(e), z. B. ${first.join(' · ')}`);
      }
      const now = clock.nowIso();
      await db.transaction().execute(async (trx) => {
        for (let start = 0; start < rows.length; start += CHUNK) {
          await repo.insertIdeas(
            trx,
            rows.slice(start, start + CHUNK).map((idea) => ({ id: randomUUID(), case_id: input.caseId, text: idea.text, field_id: idea.fieldId, event_id: input.eventId, contributor_group: idea.group, cluster: '', status: 'neu', status_reason: '', votes: idea.votes, measure_id: null, created_at: now, updated_at: now })),
          );
        }
      });
      return { ...(await ideas.get(input.caseId)), imported: rows.length };
    },
  };
}

export type IdeaImportService = ReturnType<typeof createIdeaImportService>;
