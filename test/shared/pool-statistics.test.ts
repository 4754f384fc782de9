import { describe, expect, it } from 'vitest';
import { distribution, percentileRank, quantileOfSorted } from '../../shared/pool/statistics';
import { DEFAULT_POPULATION_CLASSES, populationClassOf, populationClassProblems } from '../../shared/pool/population-classes';
import { registerFlags, yearlyReportDeadline } from '../../shared/pool/register-flags';

describe('distribution (quartiles by linear interpolation, type 7)', () => {
  it.each([
    { values: [1, 2, 3, 4], expected: { count: 4, min: 1, q1: 1.75, median: 2.5, q3: 3.25, max: 4 } },
    { values: [0, 50, 100, 100, 60], expected: { count: 5, min: 0, q1: 50, median: 60, q3: 100, max: 100 } },
    { values: [3, 1, 2, null], expected: { count: 3, min: 1, q1: 1.5, median: 2, q3: 2.5, max: 3 } },
    { values: [10], expected: { count: 1, min: 10, q1: 10, median: 10, q3: 10, max: 10 } },
    { values: [null, null], expected: { count: 0, min: null, q1: null, median: null, q3: null, max: null } },
    { values: [], expected: { count: 0, min: null, q1: null, median: null, q3: null, max: null } },
    { values: [70.5, 20.25], expected: { count: 2, min: 20.25, q1: 32.8125, median: 45.375, q3: 57.9375, max: 70.5 } },
  ])('$values', ({ values, expected }) => {
    expect(distribution(values)).toEqual(expected);
  });

  it.each([
    [0, 10],
    [1, 40],
    [0.9, 37],
    [0.1, 13],
  ])('the %s-quantile of 10, 20, 30, 40 is %s', (p, expected) => {
    expect(quantileOfSorted([10, 20, 30, 40], p)).toBeCloseTo(expected, 10);
  });
});

describe('percentileRank (mid-rank)', () => {
  const scores = [0, 50, 60, 100, 100];
  it.each([
    [60, scores, 50],
    [100, scores, 80],
    [0, scores, 10],
    [55, scores, 40],
    [101, scores, 100],
    [70, [70], 50],
    [70, [null, 70, null], 50],
  ])('%s among %j stands at %s', (value, among, expected) => {
    expect(percentileRank(value, among)).toBe(expected);
  });

  it('has no rank among no values', () => {
    expect(percentileRank(50, [null])).toBeNull();
  });
});

describe('population classes', () => {
  it.each([
    [0, 'unter-5000'],
    [4_999, 'unter-5000'],
    [5_000, '5000-20000'],
    [19_999, '5000-20000'],
    [20_000, '20000-50000'],
    [50_000, '50000-100000'],
    [99_999, '50000-100000'],
    [100_000, 'ab-100000'],
    [3_600_000, 'ab-100000'],
    [null, 'ohne-angabe'],
    [-3, 'ohne-angabe'],
  ])('%s inhabitants fall in %s', (population, id) => {
    expect(populationClassOf(population).id).toBe(id);
  });

  it('uses classes given as data', () => {
    const classes = [
      { id: 'klein', label: 'klein', from: 0 },
      { id: 'gross', label: 'groß', from: 10_000 },
    ];
    expect(populationClassOf(9_999, classes).id).toBe('klein');
    expect(populationClassOf(10_000, classes).id).toBe('gross');
  });

  it.each([
    [DEFAULT_POPULATION_CLASSES, []],
    [[], ['Es ist keine Größenklasse festgelegt.']],
    [[{ id: 'a', label: 'A', from: 10 }], ['Die erste Größenklasse muss bei 0 Einwohnern beginnen.']],
    [
      [
        { id: 'a', label: 'A', from: 0 },
        { id: 'b', label: 'B', from: 0 },
      ],
      ['Die Größenklasse „B“ muss über „A“ beginnen.'],
    ],
    [
      [
        { id: 'a', label: 'A', from: 0 },
        { id: 'a', label: 'B', from: 5 },
      ],
      ['Zwei Größenklassen haben dieselbe Kennung.'],
    ],
  ])('classes %j have problems %j', (classes, problems) => {
    expect(populationClassProblems(classes)).toEqual(problems);
  });
});

describe('registerFlags', () => {
  const certified = { certificateDate: '2024-03-15', certificateValidUntil: '2027-03-14', yearlyReportsExpected: 3, yearlyReportYears: [] as number[] };
  it.each([
    { name: 'fresh certificate, nothing due', facts: certified, today: '2024-06-01', expected: { expiresSoon: false, expired: false, overdueReportYears: [] } },
    { name: 'first report within its grace', facts: certified, today: '2025-06-15', expected: { expiresSoon: false, expired: false, overdueReportYears: [] } },
    { name: 'first report overdue after grace', facts: certified, today: '2025-06-16', expected: { expiresSoon: false, expired: false, overdueReportYears: [1] } },
    { name: 'filed first report is not overdue', facts: { ...certified, yearlyReportYears: [1] }, today: '2025-07-01', expected: { expiresSoon: false, expired: false, overdueReportYears: [] } },
    { name: 'six months before expiry', facts: { ...certified, yearlyReportYears: [1, 2] }, today: '2026-09-14', expected: { expiresSoon: true, expired: false, overdueReportYears: [] } },
    { name: 'one day more than six months before expiry', facts: { ...certified, yearlyReportYears: [1, 2] }, today: '2026-09-13', expected: { expiresSoon: false, expired: false, overdueReportYears: [] } },
    { name: 'expired', facts: { ...certified, yearlyReportYears: [1, 2, 3] }, today: '2027-03-15', expected: { expiresSoon: true, expired: true, overdueReportYears: [] } },
    { name: 'no certificate, nothing due', facts: { certificateDate: null, certificateValidUntil: null, yearlyReportsExpected: 3, yearlyReportYears: [] }, today: '2030-01-01', expected: { expiresSoon: false, expired: false, overdueReportYears: [] } },
  ])('$name', ({ facts, today, expected }) => {
    expect(registerFlags(facts, today)).toEqual(expected);
  });

  it('expects the report of year 2 three months after the second anniversary', () => {
    expect(yearlyReportDeadline('2024-03-15', 2)).toBe('2026-06-15');
  });
});
