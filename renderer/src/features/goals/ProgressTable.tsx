import type { Agreement } from '../../../../shared/contract';

const COLUMNS = [
  ['total', 'Maßnahmen'],
  ['done', 'umgesetzt'],
  ['running', 'begonnen'],
  ['planned', 'geplant'],
  ['late', 'verspätet'],
  ['dropped', 'entfallen'],
] as const;

/** How many measures are done, running, planned, late or dropped, per field and overall. */
export function ProgressTable({ data }: { data: Agreement }) {
  const rows = data.fields.filter((field) => Object.hasOwn(data.progress.byField, field.id));
  return (
    <table className="data-table compact" data-testid="progress-table">
      <caption className="visually-hidden">Stand der Umsetzung je Feld</caption>
      <thead>
        <tr>
          <th scope="col">Feld</th>
          {COLUMNS.map(([, label]) => (
            <th key={label} scope="col" className="number">
              {label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((field) => (
          <tr key={field.id} data-testid={`progress-${field.id}`}>
            <th scope="row">
              {field.code} {field.name}
            </th>
            {COLUMNS.map(([key]) => (
              <td key={key} className="number">
                {(Object.hasOwn(data.progress.byField, field.id) ? data.progress.byField[field.id]?.[key] : 0) ?? 0}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr data-testid="progress-overall">
          <th scope="row">Gesamt</th>
          {COLUMNS.map(([key]) => (
            <td key={key} className="number">
              {data.progress.overall[key]}
            </td>
          ))}
        </tr>
      </tfoot>
    </table>
  );
}
