import { describe, expect, it } from 'vitest';
import { citizenParticipation, missingRequiredFormats, participantTotal, wasHeld } from '../../shared/participation/events';
import { protocolBlocks } from '../../shared/participation/protocol-blocks';

const formats = [
  { id: 'strategie', name: 'Strategieworkshop', required: true, citizens: false },
  { id: 'zukunftswerkstatt', name: 'Zukunftswerkstatt', required: false, citizens: true },
  { id: 'buergerbefragung', name: 'Bürgerbefragung', required: false, citizens: true },
  { id: 'zielvereinbarung', name: 'Zielvereinbarungsworkshop', required: true, citizens: false },
];

describe('participant totals', () => {
  it.each([
    [{}, 0],
    [{ buerger: 40 }, 40],
    [{ buerger: 40, jugend: 8, verwaltung: 3, politik: 2 }, 53],
  ])('%j counts %i', (counts, total) => {
    expect(participantTotal(counts)).toBe(total);
  });
});

describe('an event was held', () => {
  it.each([
    ['with a date and participants', { heldOn: '2026-03-01', participants: { buerger: 1 } }, true],
    ['without a date', { heldOn: null, participants: { buerger: 30 } }, false],
    ['with nobody counted', { heldOn: '2026-03-01', participants: {} }, false],
    ['with groups counted as zero', { heldOn: '2026-03-01', participants: { buerger: 0, jugend: 0 } }, false],
  ])('%s: %s', (_name, event, held) => {
    expect(wasHeld(event)).toBe(held);
  });
});

describe('required formats without an event', () => {
  it.each([
    ['none recorded', [], ['strategie', 'zielvereinbarung']],
    ['the strategy workshop recorded, even undated', [{ formatId: 'strategie' }], ['zielvereinbarung']],
    ['both recorded', [{ formatId: 'zielvereinbarung' }, { formatId: 'strategie' }], []],
    ['only optional formats recorded', [{ formatId: 'zukunftswerkstatt' }], ['strategie', 'zielvereinbarung']],
  ])('%s', (_name, events, missing) => {
    expect(missingRequiredFormats(formats, events)).toEqual(missing);
  });
});

describe('what the citizens’ participation check reads', () => {
  it.each([
    ['no events', [], 0],
    ['a citizens’ event held', [{ formatId: 'zukunftswerkstatt', heldOn: '2026-04-01', participants: { buerger: 35 } }], 1],
    ['a citizens’ event without participants', [{ formatId: 'buergerbefragung', heldOn: '2026-04-01', participants: {} }], 0],
    ['a workshop of the administration only', [{ formatId: 'strategie', heldOn: '2026-02-01', participants: { verwaltung: 12 } }], 0],
    ['two citizens’ events, one undated', [
      { formatId: 'zukunftswerkstatt', heldOn: '2026-04-01', participants: { buerger: 35 } },
      { formatId: 'buergerbefragung', heldOn: null, participants: { buerger: 400 } },
    ], 1],
  ])('%s', (_name, events, held) => {
    expect(citizenParticipation(formats, events)).toEqual({ citizenFormats: ['Zukunftswerkstatt', 'Bürgerbefragung'], citizenEventsHeld: held });
  });
});

describe('a protocol as paragraphs and lists', () => {
  it.each([
    ['empty', '', []],
    ['one paragraph over two lines', 'Begrüßung durch\nden Bürgermeister', [{ kind: 'paragraph', lines: ['Begrüßung durch', 'den Bürgermeister'] }]],
    ['paragraphs split by a blank line', 'Erster\n\n  \nZweiter', [{ kind: 'paragraph', lines: ['Erster'] }, { kind: 'paragraph', lines: ['Zweiter'] }]],
    ['a bullet list after a paragraph', 'Ergebnisse:\n- Spielplatz\n* Backhaustag\n• Bürgerbus', [{ kind: 'paragraph', lines: ['Ergebnisse:'] }, { kind: 'list', ordered: false, items: ['Spielplatz', 'Backhaustag', 'Bürgerbus'] }]],
    ['a numbered list, then a bullet list', '1. Begrüßung\n2) Ideen\n- offen', [{ kind: 'list', ordered: true, items: ['Begrüßung', 'Ideen'] }, { kind: 'list', ordered: false, items: ['offen'] }]],
    ['an indented line continues an item', '- Spielplatz am\n  Rathaus', [{ kind: 'list', ordered: false, items: ['Spielplatz am Rathaus'] }]],
    ['markup stays text', '<b>fett</b> & <script>x</script>', [{ kind: 'paragraph', lines: ['<b>fett</b> & <script>x</script>'] }]],
    ['Windows line ends', 'a\r\n\r\n- b', [{ kind: 'paragraph', lines: ['a'] }, { kind: 'list', ordered: false, items: ['b'] }]],
    ['a date at the start is no list', '12.03.2026 Auftakt', [{ kind: 'paragraph', lines: ['12.03.2026 Auftakt'] }]],
  ])('%s', (_name, text, blocks) => {
    expect(protocolBlocks(text)).toEqual(blocks);
  });
});
