import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import type { Scoring, ScoringField } from '../../../../shared/contract';
import { CriteriaBarChart } from './CriteriaBarChart';
import { ProfileChart } from './ProfileChart';

const WARM_UP_FIELDS: ScoringField[] = [1, 2, 3, 4, 5, 6].map((number) => ({
  id: `hf${number}`,
  code: `HF${number}`,
  name: `Feld ${number}`,
  scale: { min: 0, max: 4, labels: [{ value: 0, label: 'gering' }, { value: 4, label: 'hoch' }], notRatableLabel: 'nicht bewertbar' },
  criteria: [1, 2, 3].map((criterion) => ({ id: `k${criterion}`, text: `Kriterium ${criterion}`, weight: 1, rating: null, score: criterion * 25 })),
  items: [],
  summary: '',
  score: number * 10,
  rated: 3,
  notRatable: 0,
  total: 3,
}));

const WARM_UP_PROFILE: Scoring = {
  caseId: 'warm-up',
  editable: false,
  lockReason: null,
  fieldLabel: 'Handlungsfeld',
  fields: WARM_UP_FIELDS,
  overall: 35,
  completeness: 100,
  previous: null,
  comparison: [],
};

/**
 * Draws both charts once, out of sight, and removes them in the same task (so nothing else sees
 * them): the first page with a chart then renders with compiled code, as fast as every later visit.
 */
export function warmUpCharts(): void {
  const host = document.createElement('div');
  host.setAttribute('aria-hidden', 'true');
  host.style.cssText = 'position:fixed;left:-10000px;top:0;width:800px;visibility:hidden;pointer-events:none';
  document.body.append(host);
  const root = createRoot(host);
  flushSync(() =>
    root.render(
      <>
        <ProfileChart data={WARM_UP_PROFILE} />
        <CriteriaBarChart field={WARM_UP_FIELDS[0]!} />
      </>,
    ),
  );
  root.unmount();
  host.remove();
}
