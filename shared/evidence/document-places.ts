import { z } from '../zod';

/** Where a document is attached, written as the command line takes it: `case`, `measure:ID`, `report:2` … */
type PlaceKind = 'case' | 'resolution' | 'event' | 'question' | 'criterion' | 'certification' | 'measure' | 'report';

export const PLACE_LABELS: Record<PlaceKind, string> = {
  case: 'Auditfall',
  resolution: 'Ratsbeschluss',
  event: 'Veranstaltung',
  question: 'Antwort im Fragebogen',
  criterion: 'Kriterium der Bewertung',
  certification: 'Kriterium der Begutachtung',
  measure: 'Maßnahme',
  report: 'Jahresbericht',
};

/** The two council resolutions documents are attached to. */
export const RESOLUTION_PLACES = { mandate: 'resolution:mandate', agreement: 'resolution:agreement' } as const;

const PLACE_PATTERN = /^(case|resolution:(mandate|agreement)|(event|question|criterion|certification|measure):[A-Za-z0-9][A-Za-z0-9._-]{0,79}|report:([1-9]|10))$/;

export const placeSchema = z
  .string()
  .trim()
  .regex(PLACE_PATTERN, {
    message: 'Unbekannter Ort. Möglich sind case, resolution:mandate, resolution:agreement, event:ID, question:ID, criterion:ID, certification:ID, measure:ID und report:JAHR.',
  });

interface Place {
  kind: PlaceKind;
  /** The thing's id (or the report's year, or mandate/agreement); empty for the case itself. */
  ref: string;
}

export function parsePlace(place: string): Place {
  const [kind, ...rest] = place.split(':');
  return { kind: kind as PlaceKind, ref: rest.join(':') };
}
