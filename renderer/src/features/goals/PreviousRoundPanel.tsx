import { useState } from 'react';
import type { Agreement } from '../../../../shared/contract';
import { errorMessage } from '../../api/client';
import { useGoalsStore } from './goals-store';

/** The Bilanzierungsaudit: what the previous round achieved, and its open measures to carry over. */
export function PreviousRoundPanel({ data }: { data: Agreement }) {
  const change = useGoalsStore((state) => state.change);
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [error, setError] = useState<string | null>(null);
  const previous = data.previous;
  if (!previous) return null;
  const done = previous.measures.filter((measure) => measure.status === 'umgesetzt').length;
  const open = previous.measures.filter((measure) => measure.status !== 'umgesetzt' && measure.status !== 'entfallen');

  return (
    <section className="card" aria-labelledby="previous-goals" data-testid="previous-goals">
      <h2 id="previous-goals">Bilanzierung der Vorrunde</h2>
      <p>
        {done} von {previous.measures.length} Maßnahmen umgesetzt
        {previous.lastReportYear ? ` (Stand: Jahresbericht ${previous.lastReportYear})` : ' (noch kein Jahresbericht)'}.
      </p>
      {open.length > 0 && (
        <>
          <h3>Offene Maßnahmen übernehmen</h3>
          <ul className="carry-list">
            {open.map((measure) => (
              <li key={measure.id}>
                <label className="radio">
                  <input
                    type="checkbox"
                    disabled={measure.carriedOver || !data.editable}
                    checked={measure.carriedOver || chosen.has(measure.id)}
                    onChange={(event) => {
                      const next = new Set(chosen);
                      if (event.target.checked) next.add(measure.id);
                      else next.delete(measure.id);
                      setChosen(next);
                    }}
                    data-testid={`carry-${measure.number}`}
                  />{' '}
                  {measure.number} {measure.title} <span className="muted">({measure.status}{measure.carriedOver ? ', bereits übernommen' : ''})</span>
                </label>
              </li>
            ))}
          </ul>
          <button
            type="button"
            className="button secondary small"
            disabled={chosen.size === 0}
            onClick={() =>
              void change('goals.carryOver', { caseId: data.caseId, measureIds: [...chosen] })
                .then(() => setChosen(new Set()))
                .catch((failure: unknown) => setError(errorMessage(failure)))
            }
            data-testid="carry-over"
          >
            Gewählte Maßnahmen übernehmen
          </button>
          {error && <p className="error-text">{error}</p>}
        </>
      )}
    </section>
  );
}
