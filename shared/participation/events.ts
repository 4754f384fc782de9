import type { ParticipationFormat } from '../catalogue/catalogue-schema';
import { PARTICIPANT_GROUPS, type ParticipantGroup } from '../vocabulary/participation';

export type Counts = Partial<Record<ParticipantGroup, number>>;

/** Everyone an event counted, over all groups. */
export function participantTotal(counts: Counts): number {
  return PARTICIPANT_GROUPS.reduce((sum, group) => sum + (counts[group] ?? 0), 0);
}

interface EventFacts {
  formatId: string;
  heldOn: string | null;
  participants: Counts;
}

/** An event took place: it has a date and counted someone. */
export function wasHeld(event: Pick<EventFacts, 'heldOn' | 'participants'>): boolean {
  return event.heldOn !== null && participantTotal(event.participants) > 0;
}

/** The required formats of which no event is recorded, in the catalogue's order. */
export function missingRequiredFormats(formats: readonly Pick<ParticipationFormat, 'id' | 'required'>[], events: readonly Pick<EventFacts, 'formatId'>[]): string[] {
  const recorded = new Set(events.map((event) => event.formatId));
  return formats.filter((format) => format.required && !recorded.has(format.id)).map((format) => format.id);
}

/** What the formal check on citizens' participation reads: the citizens' formats, and how many of their events took place. */
export function citizenParticipation(formats: readonly Pick<ParticipationFormat, 'id' | 'name' | 'citizens'>[], events: readonly EventFacts[]): { citizenFormats: string[]; citizenEventsHeld: number } {
  const citizenFormats = formats.filter((format) => format.citizens);
  const ids = new Set(citizenFormats.map((format) => format.id));
  return { citizenFormats: citizenFormats.map((format) => format.name), citizenEventsHeld: events.filter((event) => ids.has(event.formatId) && wasHeld(event)).length };
}
