import type { Scoring, ScoringField } from '../../../../shared/contract';
import { formatTimestamp } from '../../format/labels';

/** The previous round's strengths and weaknesses of a field, beside the current ones. */
export function PreviousRound({ previous, field }: { previous: NonNullable<Scoring['previous']>; field: ScoringField }) {
  const before = previous.fields.find((candidate) => candidate.id === field.id);
  const now = (kind: string) => field.items.filter((item) => item.kind === kind).map((item) => item.text);
  const columns = [
    { title: 'Stärken', before: before?.strengths ?? [], now: now('staerke') },
    { title: 'Schwächen', before: before?.weaknesses ?? [], now: now('schwaeche') },
  ];
  return (
    <section className="card previous-round" aria-labelledby={`previous-${field.id}`} data-testid="previous-round">
      <h3 id={`previous-${field.id}`}>Vergleich mit der Vorrunde (angelegt {formatTimestamp(previous.createdAt)})</h3>
      <div className="side-by-side">
        {columns.map((column) => (
          <div key={column.title}>
            <h4>{column.title}</h4>
            <div className="grid two">
              <div>
                <span className="label">Vorrunde</span>
                <ul>{column.before.length > 0 ? column.before.map((text) => <li key={text}>{text}</li>) : <li className="muted">keine</li>}</ul>
              </div>
              <div>
                <span className="label">Jetzt</span>
                <ul>{column.now.length > 0 ? column.now.map((text) => <li key={text}>{text}</li>) : <li className="muted">keine</li>}</ul>
              </div>
            </div>
          </div>
        ))}
      </div>
    </section>
  );
}
