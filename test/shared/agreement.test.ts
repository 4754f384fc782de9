import { describe, expect, it } from 'vitest';
import { budgetTotals, checkAmendment, describeChanges, implementationProgress, isLate, numberAgreement } from '../../shared/goals/agreement';

describe('numberAgreement', () => {
  const fields = ['hf1', 'hf2'];
  const strategic = [
    { id: 's2b', fieldId: 'hf2', position: 1 },
    { id: 's2a', fieldId: 'hf2', position: 0 },
    { id: 's1a', fieldId: 'hf1', position: 0 },
  ];
  const goals = [
    { id: 'g2a1', strategicGoalId: 's2a', position: 0 },
    { id: 'g2a2', strategicGoalId: 's2a', position: 1 },
    { id: 'g2b1', strategicGoalId: 's2b', position: 0 },
    { id: 'g1a1', strategicGoalId: 's1a', position: 0 },
  ];
  const measures = [
    { id: 'm1', goalId: 'g2a1', position: 1 },
    { id: 'm2', goalId: 'g2a1', position: 0 },
    { id: 'm3', goalId: 'g2b1', position: 0 },
    { id: 'm4', goalId: 'g2b1', position: 2 },
  ];

  it.each([
    ['s1a', '1.A'],
    ['s2a', '2.A'],
    ['s2b', '2.B'],
    ['g1a1', '1.1'],
    ['g2a1', '2.1'],
    ['g2a2', '2.2'],
    ['g2b1', '2.3'],
    ['m2', '2.1.1'],
    ['m1', '2.1.2'],
    ['m3', '2.3.1'],
    ['m4', '2.3.2'],
  ])('%s is %s', (id, number) => {
    expect(numberAgreement(fields, strategic, goals, measures).get(id)).toBe(number);
  });

  it('renumbers after a move: a goal moved to the front of its strategic goal becomes 2.1', () => {
    const moved = goals.map((goal) => (goal.id === 'g2a2' ? { ...goal, position: -1 } : goal));
    const numbers = numberAgreement(fields, strategic, moved, measures);
    expect([numbers.get('g2a2'), numbers.get('g2a1'), numbers.get('m1')]).toEqual(['2.1', '2.2', '2.2.2']);
  });

  it('numbers by the catalogue order of the fields, not by the data', () => {
    expect(numberAgreement(['hf2', 'hf1'], strategic, goals, measures).get('g1a1')).toBe('2.1');
  });
});

describe('budgetTotals', () => {
  it.each([
    [[], { byField: {}, total: 0 }],
    [[{ fieldId: 'hf1', budget: null }], { byField: { hf1: 0 }, total: 0 }],
    [
      [
        { fieldId: 'hf1', budget: 1500.5 },
        { fieldId: 'hf1', budget: 0.1 },
        { fieldId: 'hf2', budget: 0.2 },
        { fieldId: 'hf2', budget: null },
      ],
      { byField: { hf1: 1500.6, hf2: 0.2 }, total: 1500.8 },
    ],
  ])('%j', (measures, expected) => {
    expect(budgetTotals(measures)).toEqual(expected);
  });
});

describe('implementation progress', () => {
  it.each([
    [{ status: 'geplant', endMonth: '2026-05' }, '2026-06', true],
    [{ status: 'geplant', endMonth: '2026-06' }, '2026-06', false],
    [{ status: 'begonnen', endMonth: '2026-01' }, '2026-06', true],
    [{ status: 'umgesetzt', endMonth: '2025-01' }, '2026-06', false],
    [{ status: 'entfallen', endMonth: '2025-01' }, '2026-06', false],
    [{ status: 'verschoben', endMonth: '2030-01' }, '2026-06', true],
    [{ status: 'geplant', endMonth: null }, '2026-06', false],
  ] as const)('%j in %s is late: %s', (measure, month, late) => {
    expect(isLate(measure, month)).toBe(late);
  });

  it('counts done, running, planned, late and dropped per field and overall, each measure once', () => {
    const result = implementationProgress(
      [
        { fieldId: 'hf1', status: 'umgesetzt', endMonth: '2025-01' },
        { fieldId: 'hf1', status: 'begonnen', endMonth: '2027-01' },
        { fieldId: 'hf1', status: 'begonnen', endMonth: '2025-01' },
        { fieldId: 'hf2', status: 'entfallen', endMonth: null },
        { fieldId: 'hf2', status: 'geplant', endMonth: '2027-01' },
        { fieldId: 'hf2', status: 'verschoben', endMonth: '2027-01' },
      ],
      '2026-06',
    );
    expect(result.byField.hf1).toEqual({ total: 3, done: 1, running: 1, planned: 0, late: 1, dropped: 0 });
    expect(result.byField.hf2).toEqual({ total: 3, done: 0, running: 0, planned: 1, late: 1, dropped: 1 });
    expect(result.overall).toEqual({ total: 6, done: 1, running: 1, planned: 1, late: 2, dropped: 1 });
  });
});

describe('amendment rules', () => {
  it.each([
    ['before adoption nothing is needed', null, null, { ok: true }],
    ['after adoption a reason is required', '2026-03-01', null, { ok: false, field: 'reason' }],
    ['a reason of a word is not enough', '2026-03-01', { date: '2026-04-01', reason: 'neu' }, { ok: false, field: 'reason' }],
    ['a date is required', '2026-03-01', { date: null, reason: 'Haushaltssperre 2026' }, { ok: false, field: 'date' }],
    ['not before the resolution', '2026-03-01', { date: '2026-02-28', reason: 'Haushaltssperre 2026' }, { ok: false, field: 'date' }],
    ['on the day of the resolution or later', '2026-03-01', { date: '2026-03-01', reason: 'Haushaltssperre 2026' }, { ok: true }],
  ] as const)('%s', (_label, adoptedOn, amendment, expected) => {
    expect(checkAmendment(adoptedOn, amendment)).toMatchObject(expected);
  });

  it('describes exactly what changed', () => {
    const labels = { title: 'Titel', budget: 'Budget', end: 'Ende' };
    expect(describeChanges(labels, { title: 'Ferienbetreuung', budget: '5.000 €', end: '12/2026' }, { title: 'Ferienbetreuung', budget: '7.500 €', end: '' })).toEqual([
      'Budget: 5.000 € → 7.500 €',
      'Ende: 12/2026 → –',
    ]);
  });
});
