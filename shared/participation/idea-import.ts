import { isXmlSafe, XML_UNSAFE_MESSAGE } from '../domain/xml-safe-text';
import { parseGermanInteger } from '../domain/german-numbers';
import { MAX_VOTES, PARTICIPANT_GROUP_LABELS, PARTICIPANT_GROUPS, type ParticipantGroup } from '../vocabulary/participation';

/** Which column (by its header text) holds what; group and votes are optional. */
export interface IdeaColumnMap {
  text: string;
  field: string;
  group?: string | undefined;
  votes?: string | undefined;
}

export interface ContributionTable {
  headers: string[];
  rows: { number: number; cells: string[] }[];
}

export interface ImportedIdea {
  row: number;
  text: string;
  fieldId: string;
  group: ParticipantGroup | null;
  votes: number;
}

interface ImportProblem {
  row: number | null;
  column: string | null;
  value: string | null;
  message: string;
}

interface Field {
  id: string;
  code: string;
  name: string;
}

const normalize = (value: string) => value.trim().replace(/\s+/g, ' ').toLocaleLowerCase('de-DE');

/** A column's header as the auditor mapped it, or a header that looks like it. */
const SUGGESTIONS: Record<keyof IdeaColumnMap, RegExp> = {
  text: /idee|text|beitrag|vorschlag|anregung|wunsch/i,
  field: /handlungsfeld|themenfeld|feld|bereich|thema/i,
  group: /gruppe|herkunft|teilnehmer|beteiligt/i,
  votes: /punkte|stimmen|votes|bewertung/i,
};

/** A mapping guessed from the headers, for the preview to start from; null where text or field cannot be guessed. */
export function suggestColumnMap(headers: readonly string[]): IdeaColumnMap | null {
  const used = new Set<string>();
  const pick = (key: keyof IdeaColumnMap) => {
    const header = headers.find((candidate) => candidate.trim() !== '' && !used.has(candidate) && SUGGESTIONS[key].test(candidate));
    if (header !== undefined) used.add(header);
    return header;
  };
  const text = pick('text');
  const field = pick('field');
  if (text === undefined || field === undefined) return null;
  return { text, field, group: pick('group'), votes: pick('votes') };
}

/** A field by its code ("HF2"), its id or its name, ignoring case and spacing. */
function matchField(fields: readonly Field[], value: string): Field | undefined {
  const wanted = normalize(value);
  return fields.find((field) => normalize(field.code) === wanted || normalize(field.id) === wanted || normalize(field.name) === wanted || normalize(`${field.code} ${field.name}`) === wanted);
}

function matchGroup(value: string): ParticipantGroup | undefined {
  const wanted = normalize(value);
  return PARTICIPANT_GROUPS.find((group) => group === wanted || normalize(PARTICIPANT_GROUP_LABELS[group]) === wanted);
}

/**
 * Reads the mapped columns of a table of contributions into ideas, row by row: every problem is
 * named with its row, column and value, and an import with any problem writes nothing.
 */
export function readContributions(table: ContributionTable, map: IdeaColumnMap, fields: readonly Field[], maxTextLength: number): { ideas: ImportedIdea[]; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const headerIndex = new Map<string, number>();
  table.headers.forEach((header, index) => {
    if (!headerIndex.has(normalize(header))) headerIndex.set(normalize(header), index);
  });
  const columnOf = (key: keyof IdeaColumnMap): number | null => {
    const header = map[key];
    if (header === undefined || header.trim() === '') return null;
    const index = headerIndex.get(normalize(header));
    if (index === undefined) problems.push({ row: null, column: header, value: null, message: `Die Spalte „${header}“ gibt es in der Tabelle nicht. Vorhanden: ${table.headers.filter((entry) => entry.trim()).join(', ')}.` });
    return index ?? null;
  };
  const columns = { text: columnOf('text'), field: columnOf('field'), group: columnOf('group'), votes: columnOf('votes') };
  if (problems.length > 0 || columns.text === null || columns.field === null) return { ideas: [], problems };

  const ideas: ImportedIdea[] = [];
  const fieldNames = fields.map((field) => field.code).join(', ');
  for (const { number, cells } of table.rows) {
    if (cells.every((cell) => cell.trim() === '')) continue;
    const cell = (index: number | null) => (index === null ? '' : (cells[index] ?? '').trim());
    const problem = (key: keyof IdeaColumnMap, value: string, message: string) => problems.push({ row: number, column: map[key] ?? null, value, message });
    const text = cell(columns.text).replace(/\s+/g, ' ');
    const fieldValue = cell(columns.field);
    const groupValue = cell(columns.group);
    const votesValue = cell(columns.votes);
    if (text === '') problem('text', '', 'Der Text der Idee fehlt.');
    else if (text.length > maxTextLength) problem('text', `${text.slice(0, 40)}…`, `Der Text ist länger als ${maxTextLength} Zeichen.`);
    else if (!isXmlSafe(text)) problem('text', text.slice(0, 40), XML_UNSAFE_MESSAGE);
    const field = fieldValue === '' ? undefined : matchField(fields, fieldValue);
    if (!field) problem('field', fieldValue, fieldValue === '' ? 'Das Feld fehlt.' : `„${fieldValue}“ ist kein Feld dieses Verfahrens (möglich: ${fieldNames}, die Kennung oder der Name).`);
    const group = groupValue === '' ? null : matchGroup(groupValue);
    if (group === undefined) problem('group', groupValue, `„${groupValue}“ ist keine Gruppe (möglich: ${PARTICIPANT_GROUPS.map((entry) => PARTICIPANT_GROUP_LABELS[entry]).join(', ')}).`);
    const votes = votesValue === '' ? 0 : parseGermanInteger(votesValue);
    if (votes === null || Number.isNaN(votes) || votes < 0 || votes > MAX_VOTES) problem('votes', votesValue, `„${votesValue}“ ist keine Punktzahl (eine ganze Zahl von 0 bis ${MAX_VOTES}).`);
    if (text !== '' && field && group !== undefined && votes !== null && !Number.isNaN(votes) && votes >= 0 && votes <= MAX_VOTES && text.length <= maxTextLength && isXmlSafe(text)) {
      ideas.push({ row: number, text, fieldId: field.id, group, votes });
    }
  }
  if (ideas.length === 0 && problems.length === 0) problems.push({ row: null, column: null, value: null, message: 'Die Tabelle enthält keine Ideen.' });
  return { ideas, problems };
}
