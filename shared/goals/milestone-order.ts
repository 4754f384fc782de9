import { formatGermanDate } from '../domain/dates';
import { AUDIT_TERMS, type Terminology } from '../catalogue/terminology';

type Words = Pick<Terminology, 'resolution' | 'certificate'>;

/** The dated facts of a round that must keep their order: resolution ≤ certificate ≤ yearly reports. */
export interface Milestones {
  today: string;
  resolutionDate: string | null;
  certificateDate: string | null;
  /** Dates of the yearly reports other than the one being saved. */
  reportDates: readonly string[];
  /** Dates of the recorded amendments; none can lie before the resolution. */
  amendmentDates: readonly string[];
}

const earliest = (dates: readonly string[]) => (dates.length > 0 ? [...dates].sort()[0]! : null);
const german = formatGermanDate;

/** Why `date` cannot be the council resolution's date, or null. */
export function resolutionDateProblem(date: string, milestones: Milestones, terms: Words = AUDIT_TERMS): string | null {
  if (date > milestones.today) return `${terms.resolution}: Das Datum kann nicht in der Zukunft liegen.`;
  if (milestones.certificateDate && date > milestones.certificateDate) return `${terms.resolution}: Das Datum muss vor dem ${terms.certificate} (${german(milestones.certificateDate)}) liegen.`;
  const report = earliest(milestones.reportDates);
  if (report && date > report) return `${terms.resolution}: Das Datum muss vor dem ersten Jahresbericht (${german(report)}) liegen.`;
  const amendment = earliest(milestones.amendmentDates);
  if (amendment && date > amendment) return `${terms.resolution}: Das Datum muss vor der ersten festgehaltenen Änderung (${german(amendment)}) liegen.`;
  return null;
}

/** Why `date` cannot be the certificate's date, or null. */
export function certificateDateProblem(date: string, milestones: Milestones, terms: Words = AUDIT_TERMS): string | null {
  if (milestones.resolutionDate && date < milestones.resolutionDate) return `${terms.certificate}: Das Datum kann nicht vor dem ${terms.resolution} (${german(milestones.resolutionDate)}) liegen.`;
  const report = earliest(milestones.reportDates);
  if (report && date > report) return `${terms.certificate}: Das Datum muss vor dem ersten Jahresbericht (${german(report)}) liegen.`;
  return null;
}

/** Why `date` cannot be a yearly report's date, or null. */
export function reportDateProblem(date: string, milestones: Milestones, terms: Words = AUDIT_TERMS): string | null {
  if (date > milestones.today) return 'Ein Jahresbericht kann nicht in der Zukunft liegen.';
  if (milestones.resolutionDate && date < milestones.resolutionDate) return `Ein Jahresbericht kann nicht vor dem ${terms.resolution} (${german(milestones.resolutionDate)}) liegen.`;
  if (milestones.certificateDate && date < milestones.certificateDate) return `Ein Jahresbericht kann nicht vor dem ${terms.certificate} (${german(milestones.certificateDate)}) liegen.`;
  return null;
}
