import { describe, expect, it } from 'vitest';
import { termsOf } from '../../shared/catalogue/terminology';
import { shippedCatalogue } from '../helpers/catalogues';
import { certificateDateProblem, reportDateProblem, resolutionDateProblem, type Milestones } from '../../shared/goals/milestone-order';

const none: Milestones = { today: '2026-06-15', resolutionDate: null, certificateDate: null, reportDates: [], amendmentDates: [] };

describe('resolution ≤ certificate ≤ yearly reports', () => {
  it.each<[string, (date: string, m: Milestones) => string | null, string, Partial<Milestones>, RegExp | null]>([
    ['a resolution today', resolutionDateProblem, '2026-06-15', {}, null],
    ['a resolution tomorrow', resolutionDateProblem, '2026-06-16', {}, /nicht in der Zukunft/],
    ['a resolution after the certificate', resolutionDateProblem, '2026-05-01', { certificateDate: '2026-04-01' }, /vor dem Zertifikat \(01\.04\.2026\)/],
    ['a resolution after the first report', resolutionDateProblem, '2026-05-01', { reportDates: ['2026-06-01', '2026-04-30'] }, /vor dem ersten Jahresbericht \(30\.04\.2026\)/],
    ['a resolution after a recorded amendment', resolutionDateProblem, '2026-05-01', { amendmentDates: ['2026-04-01'] }, /vor der ersten festgehaltenen Änderung/],
    ['a certificate on the day of the resolution', certificateDateProblem, '2026-03-01', { resolutionDate: '2026-03-01' }, null],
    ['a certificate before the resolution', certificateDateProblem, '2026-02-28', { resolutionDate: '2026-03-01' }, /nicht vor dem Ratsbeschluss \(01\.03\.2026\)/],
    ['a certificate after the first report', certificateDateProblem, '2026-05-01', { reportDates: ['2026-04-01'] }, /vor dem ersten Jahresbericht/],
    ['a certificate without a resolution', certificateDateProblem, '2026-05-01', {}, null],
    ['a report after the certificate', reportDateProblem, '2026-06-01', { resolutionDate: '2026-03-01', certificateDate: '2026-04-01' }, null],
    ['a report before the resolution', reportDateProblem, '2026-02-01', { resolutionDate: '2026-03-01' }, /nicht vor dem Ratsbeschluss/],
    ['a report before the certificate', reportDateProblem, '2026-03-15', { resolutionDate: '2026-03-01', certificateDate: '2026-04-01' }, /nicht vor dem Zertifikat \(01\.04\.2026\)/],
    ['a report in the future', reportDateProblem, '2027-01-01', {}, /nicht in der Zukunft/],
  ])('%s', (_name, check, date, milestones, problem) => {
    const result = check(date, { ...none, ...milestones });
    if (problem) expect(result).toMatch(problem);
    else expect(result).toBeNull();
  });
});

describe('in the Managementverfahren’s words', () => {
  const bw = termsOf(shippedCatalogue('bw'));
  it.each<[string, string | null, string]>([
    ['a resolution in the future', resolutionDateProblem('2026-06-16', none, bw), 'Gemeinderatsbeschluss: Das Datum kann nicht in der Zukunft liegen.'],
    ['a seal before the resolution', certificateDateProblem('2026-02-28', { ...none, resolutionDate: '2026-03-01' }, bw), 'Qualitätssiegel: Das Datum kann nicht vor dem Gemeinderatsbeschluss (01.03.2026) liegen.'],
    ['a report before the seal', reportDateProblem('2026-03-15', { ...none, certificateDate: '2026-04-01' }, bw), 'Ein Jahresbericht kann nicht vor dem Qualitätssiegel (01.04.2026) liegen.'],
  ])('%s', (_name, message, expected) => {
    expect(message).toBe(expected);
  });
});
