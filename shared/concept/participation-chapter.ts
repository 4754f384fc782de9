import type { MethodOutput } from '../contract';
import type { Participation } from '../contract/participation';
import { formatGermanDate } from '../domain/dates';
import { formatGermanInteger } from '../domain/german-numbers';
import { PARTICIPANT_GROUP_LABELS, PARTICIPANT_GROUPS } from '../vocabulary/participation';
import type { ConceptBlock } from './concept-blocks';

type Summary = MethodOutput<'participation.summary'>;

/** Beteiligung: the events held, who took part by group, and the ideas by field; left out when the round has neither events nor ideas. */
export function participationChapter(title: string, fieldLabel: string, participation: Participation, summary: Summary): ConceptBlock[] {
  if (participation.events.length === 0 && summary.ideas === 0) return [];
  const blocks: ConceptBlock[] = [{ kind: 'heading', level: 1, text: title }];
  const held = participation.events.filter((event) => event.heldOn !== null);
  blocks.push({
    kind: 'paragraph',
    text: `${summary.eventsHeld} von ${summary.events} Veranstaltungen haben stattgefunden, davon ${summary.citizenEventsHeld} mit Bürgerinnen und Bürgern; ${formatGermanInteger(summary.participants.total ?? 0)} Teilnahmen, ${summary.ideas} Ideen.`,
  });
  if (held.length > 0) {
    blocks.push({
      kind: 'table',
      caption: 'Veranstaltungen',
      columns: [
        { title: 'Datum', width: 13 },
        { title: 'Veranstaltung', width: 33 },
        { title: 'Format', width: 22 },
        { title: 'Ort', width: 18 },
        { title: 'Teilnehmende', width: 14, numeric: true },
      ],
      rows: held.map((event) => [formatGermanDate(event.heldOn!), event.title || event.formatName, event.formatName, event.place, formatGermanInteger(event.participantTotal)]),
    });
  }
  const groups = PARTICIPANT_GROUPS.filter((group) => (summary.participants[group] ?? 0) > 0);
  if (groups.length > 0) {
    blocks.push({
      kind: 'table',
      caption: 'Teilnehmende nach Gruppe',
      columns: [
        { title: 'Gruppe', width: 70 },
        { title: 'Teilnahmen', width: 30, numeric: true },
      ],
      rows: groups.map((group) => [PARTICIPANT_GROUP_LABELS[group], formatGermanInteger(summary.participants[group] ?? 0)]),
      totals: ['Zusammen', formatGermanInteger(summary.participants.total ?? 0)],
    });
  }
  const fields = participation.fields.filter((field) => (summary.ideasByField[field.id]?.total ?? 0) > 0);
  if (fields.length > 0) {
    blocks.push({
      kind: 'table',
      caption: `Ideen nach ${fieldLabel}`,
      columns: [
        { title: fieldLabel, width: 46 },
        { title: 'Ideen', width: 14, numeric: true },
        { title: 'Als Maßnahme übernommen', width: 24, numeric: true },
        { title: 'Verworfen', width: 16, numeric: true },
      ],
      rows: fields.map((field) => {
        const counts = summary.ideasByField[field.id]!;
        return [`${field.code} ${field.name}`, String(counts.total), String(counts.uebernommen), String(counts.verworfen)];
      }),
      totals: ['Zusammen', String(summary.ideas), String(summary.ideasByStatus.uebernommen), String(summary.ideasByStatus.verworfen)],
    });
  }
  return blocks;
}
