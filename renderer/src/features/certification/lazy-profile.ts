import { lazyOnceLoaded } from '../../app/lazy-once-loaded';

/** The profile chart of the assessment page and the report: charts are heavy, so they load with the profile only, or at idle. */
export const lazyProfile = lazyOnceLoaded(() => import('./ProfileForExport'));
