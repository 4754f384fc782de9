import { describe, expect, it } from 'vitest';
import { phaseDatesForFact, type MilestoneFact } from '../../shared/domain/milestone-phases';
import type { PhaseDates } from '../../shared/domain/timeline';
import { shippedCatalogue } from '../helpers/catalogues';

const AUDIT = shippedCatalogue('audit');
const BW = shippedCatalogue('bw');

function phase(key: string, dates: Partial<Omit<PhaseDates, 'key'>> = {}): PhaseDates {
  return { key, plannedStart: null, plannedEnd: null, actualStart: null, actualEnd: null, ...dates };
}

const brief = (phases: PhaseDates[]) => phases.map((entry) => [entry.key, entry.actualStart, entry.actualEnd]);

describe('phaseDatesForFact', () => {
  it.each<{ name: string; catalogue: typeof AUDIT; stored: PhaseDates[]; fact: MilestoneFact; expected: (string | null)[][] }>([
    {
      name: 'the resolution ends its phase and starts the assessment',
      catalogue: AUDIT,
      stored: [],
      fact: { kind: 'resolution', date: '2026-03-10' },
      expected: [
        ['ratsbeschluss', '2026-03-10', '2026-03-10'],
        ['zertifizierung', '2026-03-10', null],
      ],
    },
    {
      name: 'a start the auditor entered stays; a corrected resolution date moves the end',
      catalogue: AUDIT,
      stored: [phase('ratsbeschluss', { actualStart: '2026-02-01', actualEnd: '2026-03-10' }), phase('zertifizierung', { actualStart: '2026-03-10' })],
      fact: { kind: 'resolution', date: '2026-03-12' },
      expected: [['ratsbeschluss', '2026-02-01', '2026-03-12']],
    },
    {
      name: 'a start after the new end gives way',
      catalogue: AUDIT,
      stored: [phase('ratsbeschluss', { actualStart: '2026-03-10', actualEnd: '2026-03-10' })],
      fact: { kind: 'resolution', date: '2026-03-01' },
      expected: [
        ['ratsbeschluss', '2026-03-01', '2026-03-01'],
        ['zertifizierung', '2026-03-01', null],
      ],
    },
    {
      name: 'the certificate ends the assessment (begun with the resolution) and starts the implementation',
      catalogue: AUDIT,
      stored: [],
      fact: { kind: 'certificate', date: '2026-05-20', resolutionDate: '2026-03-10' },
      expected: [
        ['zertifizierung', '2026-03-10', '2026-05-20'],
        ['umsetzung', '2026-05-20', null],
      ],
    },
    {
      name: 'a yearly report before the last one starts the implementation if nothing did',
      catalogue: AUDIT,
      stored: [],
      fact: { kind: 'report', reportDates: ['2027-05-01'], reportsExpected: 3, certificateDate: '2026-05-20' },
      expected: [['umsetzung', '2026-05-20', null]],
    },
    {
      name: 'the last yearly report ends the implementation',
      catalogue: AUDIT,
      stored: [phase('umsetzung', { actualStart: '2026-05-20' })],
      fact: { kind: 'report', reportDates: ['2029-04-01', '2027-05-01', '2028-05-01'], reportsExpected: 3, certificateDate: '2026-05-20' },
      expected: [['umsetzung', '2026-05-20', '2029-04-01']],
    },
    {
      name: 'the next round starts the Re-Audit phase',
      catalogue: AUDIT,
      stored: [],
      fact: { kind: 'reaudit', date: '2029-06-01' },
      expected: [['re-audit', '2029-06-01', null]],
    },
    {
      name: 'the Managementverfahren: the Gemeinderatsbeschluss dates its phase and starts the Qualitätssiegel',
      catalogue: BW,
      stored: [],
      fact: { kind: 'resolution', date: '2026-03-10' },
      expected: [
        ['handlungskonzept', '2026-03-10', '2026-03-10'],
        ['qualitaetssiegel', '2026-03-10', null],
      ],
    },
    {
      name: 'the Managementverfahren has no Re-Audit phase: nothing to date',
      catalogue: BW,
      stored: [],
      fact: { kind: 'reaudit', date: '2029-06-01' },
      expected: [],
    },
    {
      name: 'a catalogue without milestones dates only the certificate phase',
      catalogue: { ...AUDIT, milestones: undefined },
      stored: [],
      fact: { kind: 'certificate', date: '2026-05-20', resolutionDate: null },
      expected: [['zertifizierung', '2026-05-20', '2026-05-20']],
    },
    {
      name: 'nothing changes when the dates are already right',
      catalogue: AUDIT,
      stored: [phase('re-audit', { actualStart: '2029-06-01' })],
      fact: { kind: 'reaudit', date: '2029-07-01' },
      expected: [],
    },
  ])('$name', ({ catalogue, stored, fact, expected }) => {
    expect(brief(phaseDatesForFact(catalogue, stored, fact))).toEqual(expected);
  });
});
