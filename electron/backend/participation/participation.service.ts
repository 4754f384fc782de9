import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { ParsedInput } from '../../../shared/contract';
import type { Catalogue, ParticipationFormat } from '../../../shared/catalogue/catalogue-schema';
import type { Participation, ParticipationEvent, ProjectMember } from '../../../shared/contract/participation';
import { eventPart, lockReason, type RoundState } from '../../../shared/domain/round-state';
import { formatGermanDateTime } from '../../../shared/domain/dates';
import { missingRequiredFormats, participantTotal, type Counts } from '../../../shared/participation/events';
import { assertCanChange, type CasesService } from '../cases/cases.service';
import type { Clock } from '../clock';
import type { DatabaseSchema } from '../db/schema';
import { invalidInput, notFound, staleWrite } from '../errors';
import * as repo from './participation.repository';

type Db = Kysely<DatabaseSchema>;

function formatPhase(format: ParticipationFormat | undefined): string | null {
  return format?.phase ?? null;
}

function toMember(row: repo.MemberRow): ProjectMember {
  return { id: row.id, name: row.name, group: row.member_group, role: row.role, contact: row.contact, from: row.member_from, until: row.member_until, updatedAt: row.updated_at };
}

function toEvent(row: repo.EventRow, catalogue: Catalogue, state: RoundState): ParticipationEvent {
  const format = catalogue.participation.formats.find((candidate) => candidate.id === row.format_id);
  const participants = JSON.parse(row.participant_counts) as Counts;
  return {
    id: row.id,
    formatId: row.format_id,
    formatName: format?.name ?? row.format_id,
    phaseKey: formatPhase(format),
    title: row.title,
    heldOn: row.held_on,
    place: row.place,
    moderation: row.moderation,
    agenda: row.agenda,
    participants,
    participantTotal: participantTotal(participants),
    organisations: JSON.parse(row.organisations) as { organisation: string; role: string }[],
    priorityFields: JSON.parse(row.priority_fields) as string[],
    protocol: row.protocol,
    lockReason: lockReason(state, eventPart(catalogue, formatPhase(format))),
    updatedAt: row.updated_at,
  };
}

/** The project group, the workshops and participation events of a round (issue 16). */
export function createParticipationService({ db, clock, cases }: { db: Db; clock: Clock; cases: CasesService }) {
  async function get(caseId: string): Promise<Participation> {
    const { pinned, catalogue } = await cases.context(caseId);
    const [members, eventRows] = await Promise.all([repo.listMembers(db, caseId), repo.listEvents(db, caseId)]);
    const events = eventRows.map((row) => toEvent(row, catalogue, pinned.state)).sort((a, b) => (a.heldOn ?? '9999').localeCompare(b.heldOn ?? '9999'));
    const phaseName = new Map(catalogue.phases.map((phase) => [phase.key, phase.name]));
    const missing = new Set(missingRequiredFormats(catalogue.participation.formats, events));
    return {
      caseId,
      lockReason: lockReason(pinned.state, 'participation'),
      networkLockReason: lockReason(pinned.state, 'network'),
      fields: catalogue.fields.map(({ id, code, name }) => ({ id, code, name })),
      formats: catalogue.participation.formats.map((format) => ({
        id: format.id,
        name: format.name,
        description: format.description,
        phaseKey: format.phase ?? null,
        phaseName: format.phase ? (phaseName.get(format.phase) ?? null) : null,
        citizens: format.citizens,
        required: format.required,
        choosesPriorities: format.choosesPriorities,
        eventCount: events.filter((event) => event.formatId === format.id).length,
      })),
      members: members.map(toMember),
      events,
      missingFormats: catalogue.participation.formats.filter((format) => missing.has(format.id)).map((format) => format.name),
    };
  }

  function checkEvent(catalogue: Catalogue, event: ParsedInput<'participation.saveEvent'>['event']): ParticipationFormat {
    const format = catalogue.participation.formats.find((candidate) => candidate.id === event.formatId);
    if (!format) throw invalidInput('event.formatId', `Das Format „${event.formatId}“ gibt es in diesem Verfahren nicht.`);
    const unknownField = event.priorityFields.find((id) => !catalogue.fields.some((field) => field.id === id));
    if (unknownField) throw invalidInput('event.priorityFields', `Das Feld „${unknownField}“ gibt es nicht.`);
    if (event.priorityFields.length > 0 && !format.choosesPriorities) throw invalidInput('event.priorityFields', `Bei „${format.name}“ werden keine Schwerpunktfelder gewählt.`);
    return format;
  }

  return {
    get,

    async saveMember({ caseId, id, member }: ParsedInput<'participation.saveMember'>) {
      const { pinned } = await cases.context(caseId);
      assertCanChange(pinned, 'network');
      const now = clock.nowIso();
      const existing = id ? await repo.findMember(db, caseId, id) : undefined;
      if (id && !existing) throw notFound('Dieses Mitglied der Projektgruppe gibt es nicht (mehr).');
      const row = {
        id: existing?.id ?? randomUUID(),
        case_id: caseId,
        name: member.name,
        member_group: member.group,
        role: member.role,
        contact: member.contact,
        member_from: member.from,
        member_until: member.until,
        created_at: existing?.created_at ?? now,
        updated_at: now,
      };
      await (existing ? repo.updateMember(db, row) : repo.insertMember(db, row));
      return { ...(await get(caseId)), savedId: row.id };
    },

    async removeMember({ caseId, id }: ParsedInput<'participation.removeMember'>) {
      const { pinned } = await cases.context(caseId);
      assertCanChange(pinned, 'network');
      if (!(await repo.findMember(db, caseId, id))) throw notFound('Dieses Mitglied der Projektgruppe gibt es nicht (mehr).');
      await repo.deleteMember(db, caseId, id);
      return get(caseId);
    },

    async saveEvent({ caseId, id, event, expectedUpdatedAt }: ParsedInput<'participation.saveEvent'>) {
      const { pinned, catalogue } = await cases.context(caseId);
      const format = checkEvent(catalogue, event);
      assertCanChange(pinned, eventPart(catalogue, formatPhase(format)));
      const existing = id ? await repo.findEvent(db, caseId, id) : undefined;
      if (id && !existing) throw notFound('Diese Veranstaltung gibt es nicht (mehr).');
      if (existing) {
        const storedFormat = catalogue.participation.formats.find((candidate) => candidate.id === existing.format_id);
        assertCanChange(pinned, eventPart(catalogue, formatPhase(storedFormat)));
        if (expectedUpdatedAt && existing.updated_at !== expectedUpdatedAt) {
          throw staleWrite('event', `Die Veranstaltung wurde inzwischen an anderer Stelle geändert (zuletzt ${formatGermanDateTime(existing.updated_at)}). Ihre Eingaben wurden nicht gespeichert; bitte den gespeicherten Stand laden und danach ändern.`);
        }
      }
      const now = clock.nowIso();
      const row = {
        id: existing?.id ?? randomUUID(),
        case_id: caseId,
        format_id: format.id,
        title: event.title,
        held_on: event.heldOn,
        place: event.place,
        moderation: event.moderation,
        agenda: event.agenda,
        participant_counts: JSON.stringify(Object.fromEntries(Object.entries(event.participants).filter(([, count]) => count !== undefined && count > 0))),
        organisations: JSON.stringify(event.organisations.filter((entry) => entry.organisation || entry.role)),
        priority_fields: JSON.stringify(event.priorityFields),
        protocol: event.protocol,
        created_at: existing?.created_at ?? now,
        updated_at: now,
      };
      await (existing ? repo.updateEvent(db, row) : repo.insertEvent(db, row));
      return { ...(await get(caseId)), savedId: row.id };
    },

    async removeEvent({ caseId, id }: ParsedInput<'participation.removeEvent'>) {
      const { pinned, catalogue } = await cases.context(caseId);
      const existing = await repo.findEvent(db, caseId, id);
      if (!existing) throw notFound('Diese Veranstaltung gibt es nicht (mehr).');
      const format = catalogue.participation.formats.find((candidate) => candidate.id === existing.format_id);
      assertCanChange(pinned, eventPart(catalogue, formatPhase(format)));
      await repo.deleteEvent(db, caseId, id);
      return get(caseId);
    },
  };
}

export type ParticipationService = ReturnType<typeof createParticipationService>;

