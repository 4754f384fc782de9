import { localToday } from '../../shared/domain/dates';

/** The backend's only source of time, so that tests can pin it. */
export interface Clock {
  /** An ISO timestamp for created/updated fields. */
  nowIso(): string;
  /** Today's calendar date (YYYY-MM-DD) for deadline rules. */
  today(): string;
}

export const systemClock: Clock = {
  nowIso: () => new Date().toISOString(),
  today: () => localToday(),
};

export function fixedClock(iso: string): Clock {
  return { nowIso: () => iso, today: () => iso.slice(0, 10) };
}
