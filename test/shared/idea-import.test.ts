import { describe, expect, it } from 'vitest';
import { readContributions, suggestColumnMap, type ContributionTable } from '../../shared/participation/idea-import';

const fields = [
  { id: 'hf2', code: 'HF2', name: 'Familie und Arbeitswelt, Betreuung' },
  { id: 'hf5', code: 'HF5', name: 'Wohnumfeld und Lebensqualität' },
];
const table = (rows: string[][], headers = ['Idee', 'Handlungsfeld', 'Gruppe', 'Punkte']): ContributionTable => ({ headers, rows: rows.map((cells, index) => ({ number: index + 2, cells })) });
const map = { text: 'Idee', field: 'Handlungsfeld', group: 'Gruppe', votes: 'Punkte' };

describe('reading contributions', () => {
  it.each<[string, string[][], { text: string; fieldId: string; group: string | null; votes: number }[]]>([
    ['a field by code, id or name, any case and spacing', [['Kita länger', 'hf2', '', ''], ['Bürgerbus', ' wohnumfeld  und lebensqualität ', 'Bürger/innen', '3'], ['Ferien', 'HF2', 'jugend', '1.200']], [
      { text: 'Kita länger', fieldId: 'hf2', group: null, votes: 0 },
      { text: 'Bürgerbus', fieldId: 'hf5', group: 'buerger', votes: 3 },
      { text: 'Ferien', fieldId: 'hf2', group: 'jugend', votes: 1200 },
    ]],
    ['empty rows are skipped, line breaks in a text become spaces', [['', '', '', ''], ['Treff\nfür alle', 'HF5 Wohnumfeld und Lebensqualität', '', '']], [{ text: 'Treff für alle', fieldId: 'hf5', group: null, votes: 0 }]],
  ])('%s', (_name, rows, ideas) => {
    const result = readContributions(table(rows), map, fields, 2000);
    expect(result.problems).toEqual([]);
    expect(result.ideas.map(({ row: _row, ...idea }) => idea)).toEqual(ideas);
  });

  it.each<[string, string[][], { row: number | null; column: string | null; message: RegExp }]>([
    ['an unknown field', [['x', 'HF9', '', '']], { row: 2, column: 'Handlungsfeld', message: /„HF9“ ist kein Feld dieses Verfahrens \(möglich: HF2, HF5/ }],
    ['a missing field', [['x', '', '', '']], { row: 2, column: 'Handlungsfeld', message: /Das Feld fehlt/ }],
    ['a missing text', [['', 'HF2', 'Politik', '']], { row: 2, column: 'Idee', message: /Der Text der Idee fehlt/ }],
    ['an unknown group', [['x', 'HF2', 'Presse', '']], { row: 2, column: 'Gruppe', message: /„Presse“ ist keine Gruppe/ }],
    ['votes that are no number', [['x', 'HF2', '', 'viele']], { row: 2, column: 'Punkte', message: /„viele“ ist keine Punktzahl/ }],
    ['negative votes', [['x', 'HF2', '', '-1']], { row: 2, column: 'Punkte', message: /keine Punktzahl/ }],
    ['a control character', [['a\u0007b', 'HF2', '', '']], { row: 2, column: 'Idee', message: /Steuerzeichen/ }],
    ['a text too long', [['x'.repeat(2001), 'HF2', '', '']], { row: 2, column: 'Idee', message: /länger als 2000 Zeichen/ }],
    ['no ideas at all', [], { row: null, column: null, message: /keine Ideen/ }],
  ])('names %s with row and column, and nothing is kept from that row', (_name, rows, problem) => {
    const result = readContributions(table(rows), map, fields, 2000);
    expect(result.problems).toEqual([expect.objectContaining({ row: problem.row, column: problem.column, message: expect.stringMatching(problem.message) })]);
    expect(result.ideas).toEqual([]);
  });

  it('names a mapped column the table does not have', () => {
    const result = readContributions(table([['x', 'HF2']], ['Idee', 'Feld']), map, fields, 2000);
    expect(result.problems.map((problem) => problem.message)).toEqual([expect.stringMatching(/Die Spalte „Handlungsfeld“ gibt es in der Tabelle nicht\. Vorhanden: Idee, Feld/), expect.stringMatching(/„Gruppe“/), expect.stringMatching(/„Punkte“/)]);
  });

  it.each([
    [['Zeitstempel', 'Ihre Idee', 'Handlungsfeld', 'Ich bin …', 'Punkte'], { text: 'Ihre Idee', field: 'Handlungsfeld', group: undefined, votes: 'Punkte' }],
    [['Beitrag', 'Themenfeld', 'Gruppe'], { text: 'Beitrag', field: 'Themenfeld', group: 'Gruppe', votes: undefined }],
    [['A', 'B'], null],
  ])('guesses the columns of %j', (headers, guessed) => {
    expect(suggestColumnMap(headers)).toEqual(guessed);
  });
});
