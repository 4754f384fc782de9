import { useRef, useState } from 'react';
import { Legend, PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart, ResponsiveContainer, Tooltip } from 'recharts';
import type { Scoring } from '../../../../shared/contract';
import { downloadBlob } from '../../api/files';
import { svgToPngBlob } from './chart-png';

const CURRENT = '#1f5fa8';
const PREVIOUS = '#c77800';

/** The profile across the fields; a Re-Audit shows the previous round underneath. */
export function ProfileChart({ data, fileBaseName }: { data: Scoring; fileBaseName: string }) {
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
    // The chart's own surface, not the small legend icons that share its class.
    const svg = container.current?.querySelector('.recharts-wrapper > svg.recharts-surface');
    if (!(svg instanceof SVGSVGElement)) return;
    try {
      downloadBlob(`${fileBaseName}.png`, await svgToPngBlob(svg));
    } catch (exportError) {
      setError(exportError instanceof Error ? exportError.message : 'PNG-Export fehlgeschlagen.');
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
