import { IDEA_STATUSES, PARTICIPANT_GROUPS, type IdeaStatus, type ParticipantGroup } from '../vocabulary/participation';
import { participantTotal, wasHeld, type Counts } from './events';

interface SummaryInput {
  formats: readonly { id: string; citizens: boolean }[];
  events: readonly { formatId: string; heldOn: string | null; participants: Counts }[];
  ideas: readonly { fieldId: string; status: IdeaStatus; measureId: string | null }[];
  fieldIds: readonly string[];
  measureIds: readonly string[];
}

interface ParticipationSummary {
  events: number;
  /** Events held with a date and participants. */
  eventsHeld: number;
  citizenEventsHeld: number;
  participants: Record<ParticipantGroup, number> & { total: number };
  ideas: number;
  ideasByField: Record<string, Record<IdeaStatus, number> & { total: number }>;
  ideasByStatus: Record<IdeaStatus, number>;
  measures: number;
  /** Measures that at least one idea became; the share is of all measures, 0 without measures. */
  measuresFromParticipation: number;
  shareFromParticipation: number;
}

const zeroStatuses = (): Record<IdeaStatus, number> => Object.fromEntries(IDEA_STATUSES.map((status) => [status, 0])) as Record<IdeaStatus, number>;

/** A round's participation in figures: events, participants by group, ideas by field and status, and the measures it produced. */
export function participationSummary({ formats, events, ideas, fieldIds, measureIds }: SummaryInput): ParticipationSummary {
  const citizens = new Set(formats.filter((format) => format.citizens).map((format) => format.id));
  const participants = Object.fromEntries(PARTICIPANT_GROUPS.map((group) => [group, events.reduce((sum, event) => sum + (event.participants[group] ?? 0), 0)])) as Record<ParticipantGroup, number>;
  const ideasByField = Object.fromEntries(fieldIds.map((fieldId) => [fieldId, { ...zeroStatuses(), total: 0 }])) as ParticipationSummary['ideasByField'];
  const ideasByStatus = zeroStatuses();
  for (const idea of ideas) {
    const field = (ideasByField[idea.fieldId] ??= { ...zeroStatuses(), total: 0 });
    field[idea.status] += 1;
    field.total += 1;
    ideasByStatus[idea.status] += 1;
  }
  const own = new Set(measureIds);
  const fromParticipation = new Set(ideas.flatMap((idea) => (idea.measureId !== null && own.has(idea.measureId) ? [idea.measureId] : []))).size;
  return {
    events: events.length,
    eventsHeld: events.filter(wasHeld).length,
    citizenEventsHeld: events.filter((event) => citizens.has(event.formatId) && wasHeld(event)).length,
    participants: { ...participants, total: events.reduce((sum, event) => sum + participantTotal(event.participants), 0) },
    ideas: ideas.length,
    ideasByField,
    ideasByStatus,
    measures: measureIds.length,
    measuresFromParticipation: fromParticipation,
    shareFromParticipation: measureIds.length === 0 ? 0 : fromParticipation / measureIds.length,
  };
}
