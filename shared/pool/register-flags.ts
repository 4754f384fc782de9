import { addMonths, type IsoDate } from '../domain/dates';

/** A certificate stands out this many months before it expires. */
const EXPIRY_WARNING_MONTHS = 6;
/** A yearly report is due on the certificate's anniversary and overdue this many months later. */
const YEARLY_REPORT_GRACE_MONTHS = 3;

interface RegisterFacts {
  certificateDate: IsoDate | null;
  certificateValidUntil: IsoDate | null;
  /** How many yearly reports the procedure asks for. */
  yearlyReportsExpected: number;
  /** The report years (1, 2, …) that have been filed. */
  yearlyReportYears: readonly number[];
}

interface RegisterFlags {
  /** The certificate expires within EXPIRY_WARNING_MONTHS from today (or has expired). */
  expiresSoon: boolean;
  expired: boolean;
  /** Report years past their due date plus grace without a report. */
  overdueReportYears: number[];
}

/** The date by which the report of year `year` is expected: the certificate's anniversary plus grace. */
export function yearlyReportDeadline(certificateDate: IsoDate, year: number): IsoDate {
  return addMonths(certificateDate, 12 * year + YEARLY_REPORT_GRACE_MONTHS);
}

/** What makes a register row stand out on `today`. Without a certificate nothing is due. */
export function registerFlags(facts: RegisterFacts, today: IsoDate): RegisterFlags {
  const expired = facts.certificateValidUntil !== null && facts.certificateValidUntil < today;
  const expiresSoon = facts.certificateValidUntil !== null && facts.certificateValidUntil <= addMonths(today, EXPIRY_WARNING_MONTHS);
  const overdueReportYears: number[] = [];
  if (facts.certificateDate) {
    for (let year = 1; year <= facts.yearlyReportsExpected; year += 1) {
      if (!facts.yearlyReportYears.includes(year) && yearlyReportDeadline(facts.certificateDate, year) < today) overdueReportYears.push(year);
    }
  }
  return { expiresSoon, expired, overdueReportYears };
}
