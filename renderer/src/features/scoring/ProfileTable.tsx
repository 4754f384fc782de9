import type { Scoring } from '../../../../shared/contract';
import { formatDelta, formatScore } from '../../format/score-format';

/** The profile's values as a table: readable by screen readers and in print. */
export function ProfileTable({ data }: { data: Scoring }) {
  const comparison = new Map(data.comparison.map((row) => [row.fieldId, row]));
  return (
    <table className="data-table compact" data-testid="profile-table">
      <caption className="visually-hidden">Werte des Profils je {data.fieldLabel}</caption>
      <thead>
        <tr>
          <th scope="col">{data.fieldLabel}</th>
          <th scope="col">Wert (0–100)</th>
          <th scope="col">Bewertet</th>
          {data.previous && (
            <>
              <th scope="col">Vorrunde</th>
              <th scope="col">Veränderung</th>
            </>
          )}
        </tr>
      </thead>
      <tbody>
        {data.fields.map((field) => {
          const row = comparison.get(field.id);
          return (
            <tr key={field.id} data-testid={`profile-row-${field.id}`}>
              <th scope="row">
                {field.code} {field.name}
              </th>
              <td className="number" data-testid={`score-${field.id}`}>
                {formatScore(field.score)}
              </td>
              <td className="number">
                {field.rated} von {field.total}
                {field.notRatable > 0 && <small className="muted block">{field.notRatable} nicht bewertbar</small>}
              </td>
              {data.previous && (
                <>
                  <td className="number">{formatScore(row?.previous ?? null)}</td>
                  <td data-testid={`trend-${field.id}`}>
                    <span className={`trend trend-${row?.trend.replace(/\s/g, '-') ?? 'ohne'}`}>{row?.trend ?? '–'}</span>
                    {row && row.delta !== null && ` ${formatDelta(row.delta)}`}
                  </td>
                </>
              )}
            </tr>
          );
        })}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">Gesamt</th>
          <td className="number" data-testid="score-overall">
            {formatScore(data.overall)}
          </td>
          <td className="number">Vollständigkeit {data.completeness} %</td>
          {data.previous && (
            <>
              <td className="number">{formatScore(data.previous.overall)}</td>
              <td />
            </>
          )}
        </tr>
      </tfoot>
    </table>
  );
}
