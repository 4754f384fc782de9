export const PRIORITIES = ['hoch', 'mittel', 'niedrig'] as const;
export type Priority = (typeof PRIORITIES)[number];
export const PRIORITY_LABELS: Record<Priority, string> = { hoch: 'hoch', mittel: 'mittel', niedrig: 'niedrig' };

/** A measure's state as the yearly reports give it. */
export const MEASURE_STATUSES = ['geplant', 'begonnen', 'umgesetzt', 'verschoben', 'entfallen'] as const;
export type MeasureStatus = (typeof MEASURE_STATUSES)[number];
export const STATUS_LABELS: Record<MeasureStatus, string> = {
  geplant: 'geplant',
  begonnen: 'begonnen',
  umgesetzt: 'umgesetzt',
  verschoben: 'verschoben',
  entfallen: 'entfallen',
};
