import { useRef, useState } from 'react';
import { Legend, PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart, ResponsiveContainer, Tooltip } from 'recharts';
import type { Scoring } from '../../../../shared/contract';
import { call, errorMessage } from '../../api/client';
import { downloadBase64 } from '../../api/files';

const CURRENT = '#1f5fa8';
const PREVIOUS = '#c77800';

/** The profile across the fields; a Re-Audit shows the previous round underneath. */
export function ProfileChart({ data }: { data: Scoring }) {
  const container = useRef<HTMLDivElement>(null);
  const [error, setError] = useState<string | null>(null);
  const points = data.fields.map((field) => ({
    field: field.code,
    name: field.name,
    aktuell: field.score ?? 0,
    vorrunde: data.previous?.fields.find((candidate) => candidate.id === field.id)?.score ?? 0,
  }));

  async function exportPng() {
    setError(null);
    // Drawn by the backend: with title, legend and every field's value, the same picture as on the workbook's cover.
    try {
      const file = await call('scoring.exportChart', { caseId: data.caseId });
      downloadBase64(file.fileName, file.contentBase64, 'image/png');
    } catch (exportError) {
      setError(errorMessage(exportError));
    }
  }

  return (
    <figure className="profile-chart" data-testid="profile-chart">
      {/* Hidden from assistive technology, which reads the same values in the profile tables (Stärken/Schwächen, report);
          so it must not take focus either, which recharts' keyboard layer would give its surface. */}
      <div ref={container} className="chart-box" aria-hidden="true">
        <ResponsiveContainer width="100%" height={340} initialDimension={{ width: 600, height: 340 }}>
          <RadarChart data={points} outerRadius="72%" accessibilityLayer={false}>
            <PolarGrid />
            <PolarAngleAxis dataKey="field" tick={{ fontSize: 13, fill: '#1d2430' }} />
            <PolarRadiusAxis domain={[0, 100]} tickCount={5} angle={90} tick={{ fontSize: 10, fill: '#5b6576' }} />
            {data.previous && <Radar name="Vorrunde" dataKey="vorrunde" stroke={PREVIOUS} fill={PREVIOUS} fillOpacity={0.12} isAnimationActive={false} />}
            <Radar name="Aktuelle Runde" dataKey="aktuell" stroke={CURRENT} fill={CURRENT} fillOpacity={0.3} isAnimationActive={false} />
            <Tooltip formatter={(value) => [`${String(value)} von 100`]} />
            <Legend />
          </RadarChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="chart-actions">
        <span className="muted">Fehlende Bewertungen erscheinen im Diagramm als 0; die Tabelle zeigt sie als „–“.</span>
        <button type="button" className="button secondary small" onClick={() => void exportPng()} data-testid="export-png">
          Diagramm als PNG
        </button>
        {error && (
          <span className="error-text" role="alert">
            {error}
          </span>
        )}
      </figcaption>
    </figure>
  );
}
