import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { ScoringField } from '../../../../shared/contract';

/**
 * One bar per criterion of a field, 0–100; unrated criteria have no bar. Hidden from assistive technology, which reads
 * each criterion's score in the list below; so it must not take focus either, which recharts' keyboard layer would give it.
 */
export function CriteriaBarChart({ field }: { field: ScoringField }) {
  const points = field.criteria.map((criterion, index) => ({ label: `K${index + 1}`, text: criterion.text, wert: criterion.score }));
  return (
    <div className="chart-box" aria-hidden="true" data-testid="criteria-chart">
      <ResponsiveContainer width="100%" height={Math.max(160, points.length * 34 + 40)} initialDimension={{ width: 800, height: Math.max(160, points.length * 34 + 40) }}>
        <BarChart data={points} layout="vertical" margin={{ left: 8, right: 24 }} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" domain={[0, 100]} tick={{ fontSize: 11 }} />
          <YAxis type="category" dataKey="label" width={36} tick={{ fontSize: 12 }} />
          <Tooltip formatter={(value) => [`${String(value)} von 100`]} labelFormatter={(_, payload) => String(payload[0]?.payload.text ?? '')} />
          <Bar dataKey="wert" fill="#1f5fa8" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
