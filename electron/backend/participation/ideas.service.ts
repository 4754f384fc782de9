import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { ParsedInput } from '../../../shared/contract';
import type { Catalogue } from '../../../shared/catalogue/catalogue-schema';
import type { IdeaStore } from '../../../shared/contract/ideas';
import { formatGermanDate } from '../../../shared/domain/dates';
import { lockReason } from '../../../shared/domain/round-state';
import { statusAfterLink, statusChangeProblem, voteTotals } from '../../../shared/participation/ideas';
import { MAX_VOTES } from '../../../shared/vocabulary/participation';
import { assertCanChange, type CasesService } from '../cases/cases.service';
import type { Clock } from '../clock';
import type { DatabaseSchema } from '../db/schema';
import { AppError, invalidInput, notFound } from '../errors';
import { numbersOf } from '../goals/agreement-view';
import { loadTree, measureIds } from '../goals/goals.repository';
import type { GoalsService } from '../goals/goals.service';
import * as repo from './ideas.repository';
import { listEvents } from './participation.repository';
import { participationSummary } from '../../../shared/participation/summary';
import type { Counts } from '../../../shared/participation/events';

type Db = Kysely<DatabaseSchema>;
type IdeaFields = ParsedInput<'participation.updateIdea'>['idea'];

const NO_IDEA = 'Diese Idee gibt es nicht (mehr).';
/** A measure made from an idea takes its text as title, cut where a title ends. */
const TITLE_LENGTH = 500;

/** The Ideenspeicher of a round: ideas and contributions, their dots, status, and the measures they became. */
export function createIdeasService({ db, clock, cases, goals }: { db: Db; clock: Clock; cases: CasesService; goals: GoalsService }) {
  async function get(caseId: string): Promise<IdeaStore> {
    const { pinned, catalogue } = await cases.context(caseId);
    const [rows, events, tree] = await Promise.all([repo.listIdeas(db, caseId), repo.eventLabels(db, caseId), loadTree(db, caseId)]);
    const numbers = numbersOf(catalogue, tree);
    const measureTitle = new Map(tree.measures.map((row) => [row.id, `${numbers.get(row.id) ?? ''} ${row.title}`.trim()]));
    const formatName = new Map(catalogue.participation.formats.map((format) => [format.id, format.name]));
    const ideas = rows.map((row) => ({
      id: row.id,
      text: row.text,
      fieldId: row.field_id,
      eventId: row.event_id,
      group: row.contributor_group,
      cluster: row.cluster,
      status: row.status,
      statusReason: row.status_reason,
      votes: row.votes,
      measureId: row.measure_id,
      measureLabel: row.measure_id ? (measureTitle.get(row.measure_id) ?? null) : null,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    }));
    return {
      caseId,
      lockReason: lockReason(pinned.state, 'participation'),
      fields: catalogue.fields.map(({ id, code, name }) => ({ id, code, name })),
      events: events.map((event) => ({
        id: event.id,
        label: [formatName.get(event.format_id) ?? event.format_id, event.title || null, event.held_on ? formatGermanDate(event.held_on) : null].filter(Boolean).join(' · '),
        heldOn: event.held_on,
      })),
      ideas,
      totals: voteTotals(ideas),
    };
  }

  async function open(caseId: string): Promise<Catalogue> {
    const { pinned, catalogue } = await cases.context(caseId);
    assertCanChange(pinned, 'participation');
    return catalogue;
  }

  async function checkIdea(caseId: string, catalogue: Catalogue, idea: IdeaFields): Promise<void> {
    if (!catalogue.fields.some((field) => field.id === idea.fieldId)) throw invalidInput('idea.fieldId', `Das Feld „${idea.fieldId}“ gibt es in diesem Verfahren nicht.`);
    if (idea.eventId && !(await repo.eventLabels(db, caseId)).some((event) => event.id === idea.eventId)) throw invalidInput('idea.eventId', 'Die Veranstaltung gehört nicht zu diesem Auditfall.');
  }

  async function existing(caseId: string, id: string): Promise<repo.IdeaRow> {
    const row = await repo.findIdea(db, caseId, id);
    if (!row) throw notFound(NO_IDEA);
    return row;
  }

  async function link(caseId: string, row: repo.IdeaRow, measureId: string | null): Promise<void> {
    if (measureId && !(await measureIds(db, caseId)).has(measureId)) throw invalidInput('measureId', 'Die Maßnahme gehört nicht zu diesem Auditfall.');
    await repo.updateIdea(db, caseId, row.id, { measure_id: measureId, status: statusAfterLink(measureId, row.status), status_reason: '', updated_at: clock.nowIso() });
  }

  return {
    get,

    async summary(caseId: string) {
      const { catalogue } = await cases.context(caseId);
      const [rows, events, measures] = await Promise.all([repo.listIdeas(db, caseId), listEvents(db, caseId), measureIds(db, caseId)]);
      return participationSummary({
        formats: catalogue.participation.formats,
        events: events.map((event) => ({ formatId: event.format_id, heldOn: event.held_on, participants: JSON.parse(event.participant_counts) as Counts })),
        ideas: rows.map((row) => ({ fieldId: row.field_id, status: row.status, measureId: row.measure_id })),
        fieldIds: catalogue.fields.map((field) => field.id),
        measureIds: [...measures],
      });
    },

    async add({ caseId, idea }: ParsedInput<'participation.addIdea'>) {
      const catalogue = await open(caseId);
      await checkIdea(caseId, catalogue, idea);
      const now = clock.nowIso();
      const id = randomUUID();
      await repo.insertIdeas(db, [{ id, case_id: caseId, text: idea.text, field_id: idea.fieldId, event_id: idea.eventId, contributor_group: idea.group, cluster: idea.cluster, status: 'neu', status_reason: '', votes: idea.votes, measure_id: null, created_at: now, updated_at: now }]);
      return { ...(await get(caseId)), savedId: id };
    },

    async update({ caseId, id, idea }: ParsedInput<'participation.updateIdea'>) {
      const catalogue = await open(caseId);
      await existing(caseId, id);
      await checkIdea(caseId, catalogue, idea);
      await repo.updateIdea(db, caseId, id, { text: idea.text, field_id: idea.fieldId, event_id: idea.eventId, contributor_group: idea.group, cluster: idea.cluster, updated_at: clock.nowIso() });
      return get(caseId);
    },

    async vote({ caseId, id, delta }: ParsedInput<'participation.vote'>) {
      await open(caseId);
      await existing(caseId, id);
      await repo.addVote(db, caseId, id, delta, MAX_VOTES, clock.nowIso());
      return get(caseId);
    },

    async setStatus({ caseId, id, status, reason }: ParsedInput<'participation.setIdeaStatus'>) {
      await open(caseId);
      const row = await existing(caseId, id);
      const problem = statusChangeProblem(row.status, status, reason);
      if (problem) throw row.status === 'uebernommen' ? new AppError('CONFLICT', problem) : invalidInput('reason', problem);
      await repo.updateIdea(db, caseId, id, { status, status_reason: status === 'verworfen' ? reason : '', updated_at: clock.nowIso() });
      return get(caseId);
    },

    async link({ caseId, id, measureId }: ParsedInput<'participation.linkIdea'>) {
      await open(caseId);
      await link(caseId, await existing(caseId, id), measureId);
      return get(caseId);
    },

    async remove({ caseId, id }: ParsedInput<'participation.removeIdea'>) {
      await open(caseId);
      await existing(caseId, id);
      await repo.deleteIdea(db, caseId, id);
      return get(caseId);
    },

    /** The measure is added through the goal agreement's own rules (an amendment after the resolution), then linked. */
    async toMeasure({ caseId, id, goalId, amendment }: ParsedInput<'participation.ideaToMeasure'>) {
      await open(caseId);
      const row = await existing(caseId, id);
      if (row.measure_id) throw new AppError('CONFLICT', 'Aus dieser Idee ist schon eine Maßnahme geworden.');
      const before = await measureIds(db, caseId);
      const title = row.text.length > TITLE_LENGTH ? `${row.text.slice(0, TITLE_LENGTH - 1)}…` : row.text;
      await goals.addMeasure({ caseId, goalId, measure: { title, description: row.text.length > TITLE_LENGTH ? row.text : '', responsibleUnit: '', responsiblePerson: '', startMonth: null, endMonth: null, budget: null, budgetNote: '', priority: 'mittel', linkedItemId: null, linkedQuestionId: null }, amendment });
      const measureId = [...(await measureIds(db, caseId))].find((candidate) => !before.has(candidate));
      if (!measureId) throw new Error('The measure made from an idea was not found');
      await link(caseId, row, measureId);
      return { ...(await get(caseId)), measureId };
    },
  };
}

export type IdeasService = ReturnType<typeof createIdeasService>;
