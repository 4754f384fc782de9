import { describe, expect, it } from 'vitest';
import { missingFormatWarnings } from '../../shared/participation/format-warnings';
import type { PhaseDates } from '../../shared/domain/timeline';
import { shippedCatalogue } from '../helpers/catalogues';

const audit = shippedCatalogue('audit');
const dated = (key: string, actualStart: string | null, actualEnd: string | null = null): PhaseDates => ({ key, plannedStart: null, plannedEnd: null, actualStart, actualEnd });
const names = (phases: PhaseDates[], held: string[]) => missingFormatWarnings(audit, phases, new Set(held)).map((warning) => warning.message);

describe('a required format without an event', () => {
  it.each<[string, PhaseDates[], string[], string[]]>([
    ['a new round warns of nothing', [], [], []],
    ['its phase under way: not yet', [dated('analyse-strategie', '2026-01-01')], [], []],
    ['its phase ended', [dated('analyse-strategie', '2026-01-01', '2026-03-01')], [], ['Strategieworkshop: vorgesehen in der Phase „Analyse & Strategieentwicklung“, aber keine Veranstaltung erfasst.']],
    ['a later phase begun', [dated('beteiligung', '2026-04-01')], [], ['Strategieworkshop: vorgesehen in der Phase „Analyse & Strategieentwicklung“, aber keine Veranstaltung erfasst.']],
    ['held', [dated('beteiligung', '2026-04-01')], ['strategie'], []],
    ['both over, one held', [dated('ratsbeschluss', '2026-09-01')], ['zielvereinbarung'], ['Strategieworkshop: vorgesehen in der Phase „Analyse & Strategieentwicklung“, aber keine Veranstaltung erfasst.']],
    ['optional formats never warn', [dated('re-audit', '2029-01-01')], ['strategie', 'zielvereinbarung'], []],
  ])('%s', (_name, phases, held, expected) => {
    expect(names(phases, held)).toEqual(expected);
  });

  it('names the phase the warning belongs to', () => {
    expect(missingFormatWarnings(audit, [dated('umsetzung', '2027-01-01')], new Set())).toEqual([
      expect.objectContaining({ phaseKey: 'analyse-strategie', kind: 'format-fehlt', severity: 'warnung' }),
      expect.objectContaining({ phaseKey: 'ziele-massnahmen', kind: 'format-fehlt', severity: 'warnung' }),
    ]);
  });
});
