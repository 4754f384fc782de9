import type { Participation } from '../../../../shared/contract';

/** The procedure's formats, in its order: where each belongs, who takes part, and how many events each had. */
export function FormatOverview({ data }: { data: Participation }) {
  return (
    <section className="card" aria-labelledby="formats-title">
      <h2 id="formats-title">Formate des Verfahrens</h2>
      {data.missingFormats.length > 0 && (
        <p className="alert warning" role="status" data-testid="missing-formats">
          Vorgesehen, aber noch ohne Veranstaltung: {data.missingFormats.join(', ')}
        </p>
      )}
      <table className="data-table" data-testid="format-table">
        <thead>
          <tr>
            <th scope="col">Format</th>
            <th scope="col">Phase</th>
            <th scope="col">Mit Bürgerinnen und Bürgern</th>
            <th scope="col">Vorgesehen</th>
            <th scope="col" className="number">Veranstaltungen</th>
          </tr>
        </thead>
        <tbody>
          {data.formats.map((format) => (
            <tr key={format.id}>
              <th scope="row">
                {format.name}
                {format.description && <div className="small muted">{format.description}</div>}
              </th>
              <td>{format.phaseName ?? 'jederzeit'}</td>
              <td>{format.citizens ? 'ja' : 'nein'}</td>
              <td>{format.required ? 'Pflicht' : 'nach Bedarf'}</td>
              <td className="number">{format.eventCount}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
