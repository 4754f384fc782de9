import { describe, expect, it } from 'vitest';
import { participationSummary } from '../../shared/participation/summary';

const formats = [{ id: 'zukunftswerkstatt', citizens: true }, { id: 'strategie', citizens: false }];

describe('the participation summary', () => {
  it('of a round without anything', () => {
    const summary = participationSummary({ formats, events: [], ideas: [], fieldIds: ['hf1'], measureIds: [] });
    expect(summary).toMatchObject({ events: 0, eventsHeld: 0, citizenEventsHeld: 0, ideas: 0, measures: 0, measuresFromParticipation: 0, shareFromParticipation: 0 });
    expect(summary.participants.total).toBe(0);
    expect(summary.ideasByField.hf1).toMatchObject({ total: 0, neu: 0 });
  });

  it.each([
    ['no measure from an idea', [], 0, 0],
    ['one of four measures, from two ideas', [{ fieldId: 'hf2', status: 'uebernommen' as const, measureId: 'm1' }, { fieldId: 'hf2', status: 'uebernommen' as const, measureId: 'm1' }], 1, 0.25],
    ['two of four', [{ fieldId: 'hf2', status: 'uebernommen' as const, measureId: 'm1' }, { fieldId: 'hf5', status: 'uebernommen' as const, measureId: 'm3' }], 2, 0.5],
    ['a link to a measure not in the round does not count', [{ fieldId: 'hf2', status: 'uebernommen' as const, measureId: 'fremd' }], 0, 0],
  ])('counts the measures from participation: %s', (_name, ideas, count, share) => {
    const summary = participationSummary({ formats, events: [], ideas, fieldIds: ['hf2', 'hf5'], measureIds: ['m1', 'm2', 'm3', 'm4'] });
    expect([summary.measuresFromParticipation, summary.shareFromParticipation]).toEqual([count, share]);
  });

  it('adds participants by group over events, and ideas by field and status', () => {
    const summary = participationSummary({
      formats,
      events: [
        { formatId: 'zukunftswerkstatt', heldOn: '2026-04-18', participants: { buerger: 40, jugend: 10 } },
        { formatId: 'strategie', heldOn: '2026-02-01', participants: { verwaltung: 8, buerger: 2 } },
        { formatId: 'zukunftswerkstatt', heldOn: null, participants: {} },
      ],
      ideas: [
        { fieldId: 'hf2', status: 'neu', measureId: null },
        { fieldId: 'hf2', status: 'verworfen', measureId: null },
        { fieldId: 'hf5', status: 'aufgenommen', measureId: null },
      ],
      fieldIds: ['hf2', 'hf5'],
      measureIds: [],
    });
    expect(summary).toMatchObject({ events: 3, eventsHeld: 2, citizenEventsHeld: 1, ideas: 3 });
    expect(summary.participants).toMatchObject({ buerger: 42, jugend: 10, verwaltung: 8, politik: 0, total: 60 });
    expect(summary.ideasByField.hf2).toMatchObject({ total: 2, neu: 1, verworfen: 1 });
    expect(summary.ideasByStatus).toMatchObject({ neu: 1, aufgenommen: 1, verworfen: 1, uebernommen: 0 });
  });
});
