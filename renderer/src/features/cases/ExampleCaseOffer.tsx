import { useState } from 'react';
import { useNavigate } from 'react-router';
import { call, errorMessage } from '../../api/client';
import { useCatalogues } from '../catalogues/use-catalogues';
import { shortCatalogueName } from '../../../../shared/catalogue/catalogue-names';

/** On an empty list: a complete worked example of a procedure, to look around before the first real case. */
export function ExampleCaseOffer() {
  const navigate = useNavigate();
  const { catalogues } = useCatalogues();
  const latest = catalogues.filter((catalogue) => catalogue.isLatest);
  const [catalogueId, setCatalogueId] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const chosen = catalogueId ?? latest[0]?.id ?? '';
  if (latest.length === 0) return null;
  return (
    <div className="card example-offer" data-testid="example-offer">
      <p>Zum Kennenlernen: ein vollständig durchgespielter Beispielfall mit Zeitplan, Fragebogen, Bewertung, beschlossenen Zielen und Maßnahmen, Zertifikat bzw. Qualitätssiegel und zwei Jahresberichten.</p>
      <div className="inline-form">
        <label className="field grow">
          <span>Verfahren</span>
          <select value={chosen} onChange={(event) => setCatalogueId(event.target.value)} data-testid="example-catalogue">
            {latest.map((catalogue) => (
              <option key={catalogue.id} value={catalogue.id}>
                {shortCatalogueName(catalogue.name)}
              </option>
            ))}
          </select>
          <small className="hint" data-testid="example-catalogue-name">
            {latest.find((catalogue) => catalogue.id === chosen)?.name}
          </small>
        </label>
        <button
          type="button"
          className="button secondary"
          disabled={busy}
          data-testid="create-example"
          onClick={() => {
            setBusy(true);
            setError(null);
            call('cases.createExample', { catalogueId: chosen, municipalityName: 'Beispielstadt', seed: 1 })
              .then((created) => void navigate(`/faelle/${created.id}`))
              .catch((failure: unknown) => setError(errorMessage(failure)))
              .finally(() => setBusy(false));
          }}
        >
          {busy ? 'Beispiel wird angelegt …' : 'Beispiel anlegen'}
        </button>
      </div>
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
