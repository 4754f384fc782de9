import { Suspense } from 'react';
import type { Scoring } from '../../../../shared/contract';
import { lazyOnceLoaded } from '../../app/lazy-once-loaded';

// Charts are heavy: their code loads with the first profile shown, or at idle after the start.
const profileChart = lazyOnceLoaded(() => import('../scoring/ProfileChart').then((module) => ({ default: module.ProfileChart })));
export const preloadProfileChart = profileChart.preload;

/** The profile chart of the assessment page and the report, once the page has the case's profile. */
export function LazyProfileChart({ data }: { data: Scoring | null }) {
  const pending = <p className="loading">Profil lädt …</p>;
  if (!data) return pending;
  return (
    <Suspense fallback={pending}>
      <profileChart.Component data={data} />
    </Suspense>
  );
}
