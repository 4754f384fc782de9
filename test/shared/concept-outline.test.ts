import { describe, expect, it } from 'vitest';
import { AUDIT_TERMS, type Terminology } from '../../shared/catalogue/terminology';
import { conceptOutlineOf, conceptOutlineSchema } from '../../shared/catalogue/concept-outline';
import { appendixChapter } from '../../shared/concept/appendix-chapter';
import { implementationChapter } from '../../shared/concept/implementation-chapter';
import type { Agreement } from '../../shared/contract/goals';

const OWN = { name: 'Familienplan', title: 'Familienplan 2030', chapters: [{ key: 'ziele' as const, title: 'Was wir vorhaben' }] };

describe('conceptOutlineOf', () => {
  it.each([
    ['the audit', { id: 'audit-familiengerechte-kommune' }, 'Strategiekonzept', 'Strategiekonzept „Familiengerechte Kommune“'],
    ['the BW procedure', { id: 'bw-managementverfahren' }, 'Handlungskonzept', 'Handlungskonzept'],
    ['a catalogue naming its own', { id: 'bw-managementverfahren', concept: OWN }, 'Familienplan', 'Familienplan 2030'],
    ['an unknown catalogue without one', { id: 'landkreis-eigen' }, 'Strategiekonzept', 'Strategiekonzept „Familiengerechte Kommune“'],
  ])('%s', (_case, catalogue, name, title) => {
    const outline = conceptOutlineOf(catalogue);
    expect([outline.name, outline.title]).toEqual([name, title]);
    expect(conceptOutlineSchema.safeParse(outline).success).toBe(true);
  });

  it.each([
    ['a chapter twice', { ...OWN, chapters: [OWN.chapters[0], OWN.chapters[0]] }, 'Jedes Kapitel darf nur einmal vorkommen.'],
    ['an unknown chapter', { ...OWN, chapters: [{ key: 'vorwort', title: 'Vorwort' }] }, 'key'],
    ['no chapters', { ...OWN, chapters: [] }, 'chapters'],
    ['a control character in the title', { ...OWN, title: 'Plan\u0007' }, 'Steuerzeichen'],
  ])('refuses %s', (_case, outline, message) => {
    const result = conceptOutlineSchema.safeParse(outline);
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues)).toContain(message);
  });
});

const BW_TERMS: Terminology = { ...AUDIT_TERMS, agreement: 'Handlungskonzept', resolution: 'Gemeinderatsbeschluss' };

describe('appendixChapter', () => {
  const base = { title: 'Anhang', conceptName: 'Strategiekonzept', version: 'Fassung 2 vom 04.12.2026', municipality: 'Musterstadt', documents: [] as string[] };
  it.each([
    ['the audit, with measures', AUDIT_TERMS, 'Strategiekonzept', 3, 'Der Rat von Musterstadt beschließt das Strategiekonzept in der vorliegenden Fassung 2 vom 04.12.2026 als Zielvereinbarung.'],
    ['BW, where the concept is the agreement', BW_TERMS, 'Handlungskonzept', 3, 'Der Gemeinderat von Musterstadt beschließt das Handlungskonzept in der vorliegenden Fassung 2 vom 04.12.2026.'],
  ])('drafts the resolution for %s', (_case, terms, conceptName, measures, sentence) => {
    const blocks = appendixChapter({ ...base, terms, conceptName, measures });
    expect(blocks).toContainEqual({ kind: 'paragraph', text: sentence });
    expect(blocks).toContainEqual({ kind: 'paragraph', text: 'Drucksache Nr. __________, Sitzung vom __________' });
  });

  it.each([
    ['nothing without measures or documents', 0, [], []],
    ['only the documents without measures', 0, ['Ratsbeschluss.pdf'], ['Anhang', 'Anlagen']],
  ])('has %s', (_case, measures, documents, headings) => {
    const blocks = appendixChapter({ ...base, terms: AUDIT_TERMS, measures, documents });
    expect(blocks.flatMap((block) => (block.kind === 'heading' ? [block.text] : []))).toEqual(headings);
  });
});

describe('implementationChapter', () => {
  const counts = { total: 4, done: 1, running: 1, planned: 1, late: 1, dropped: 1 };
  const agreement = (measures: number, reports: Agreement['reports']) =>
    ({ totals: { goals: 1, measures, budget: 0 }, progress: { overall: counts, byField: {} }, yearlyReports: 3, reports }) as unknown as Agreement;
  it.each([
    ['is left out without measures', agreement(0, []), []],
    [
      'says how the measures stand and that no report is there yet',
      agreement(4, []),
      ['Umsetzung', 'Vorgesehen sind 3 Jahresberichte zum Stand der Umsetzung. Stand der 4 Maßnahmen: 1 umgesetzt, 1 begonnen, 1 geplant, 1 verspätet, 1 entfallen.', 'Ein Jahresbericht liegt noch nicht vor.'],
    ],
  ])('%s', (_case, input, texts) => {
    expect(implementationChapter('Umsetzung', input).map((block) => (block.kind === 'heading' || block.kind === 'paragraph' ? block.text : block.kind))).toEqual(texts);
  });

  it('counts each yearly report’s measures by status, in year order', () => {
    const reports = [
      { id: 'b', year: 2, reportDate: '2027-06-01', comment: 'zweites', entries: [{ measureId: 'm1', status: 'umgesetzt' as const, comment: '' }] },
      { id: 'a', year: 1, reportDate: '2026-06-01', comment: '', entries: [{ measureId: 'm1', status: 'begonnen' as const, comment: '' }, { measureId: 'm2', status: 'geplant' as const, comment: '' }] },
    ];
    const table = implementationChapter('Umsetzung', agreement(4, reports)).find((block) => block.kind === 'table');
    expect(table && table.kind === 'table' ? table.rows : null).toEqual([
      ['1. Jahr', '01.06.2026', '1', '1', '0', '0', '0', ''],
      ['2. Jahr', '01.06.2027', '0', '0', '1', '0', '0', 'zweites'],
    ]);
  });
});
