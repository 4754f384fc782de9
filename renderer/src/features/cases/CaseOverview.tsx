import { Link } from 'react-router';
import type { CaseDetail } from '../../../../shared/contract';
import { roundLabel } from '../../../../shared/catalogue/terminology';
import { bundeslandLabel, CASE_KIND_LABELS, formatDate, formatPopulation, formatTimestamp } from '../../format/labels';

function Item({ term, children, testId }: { term: string; children: React.ReactNode; testId?: string }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd data-testid={testId}>{children || '–'}</dd>
    </div>
  );
}

export function CaseOverview({ detail }: { detail: CaseDetail }) {
  const current = detail.phases.find((phase) => phase.key === detail.currentPhaseKey);
  // Missing dates of phases the audit has passed are listed at their phases; here they are counted.
  const gaps = detail.warnings.filter((warning) => warning.kind === 'daten-fehlen').length;
  const shownWarnings = detail.warnings.filter((warning) => warning.kind !== 'daten-fehlen');
  return (
    <div className="overview">
      <section className="card at-a-glance" aria-label="Stand des Audits">
        <h2>Stand</h2>
        <p className="current-phase" data-testid="current-phase">
          {current ? (
            <>
              <span className="phase-number">{current.position + 1}</span> {current.name}
              <span className={`badge state-${current.state}`}>{current.state === 'laufend' ? 'Läuft' : 'Als Nächstes'}</span>
            </>
          ) : (
            'Alle Phasen abgeschlossen'
          )}
        </p>
        {detail.certificateValidUntil && (
          <p data-testid="certificate-valid-until">{detail.terms.certificate} gültig bis {formatDate(detail.certificateValidUntil)}</p>
        )}
        {shownWarnings.length > 0 || gaps > 0 ? (
          <ul className="warnings" data-testid="timeline-warnings">
            {shownWarnings.map((warning) => (
              <li key={warning.message} className={`warning ${warning.severity}`}>
                {warning.message}
              </li>
            ))}
            {gaps > 0 && (
              <li className="warning info" data-testid="timeline-gaps">
                {gaps === 1 ? 'Für 1 frühere Phase fehlen' : `Für ${gaps} frühere Phasen fehlen`} tatsächliche Termine (siehe Zeitplan).
              </li>
            )}
          </ul>
        ) : (
          <p className="muted">Keine Terminwarnungen.</p>
        )}
      </section>
      <section className="card" aria-labelledby="master-data-title">
        <h2 id="master-data-title">Stammdaten</h2>
        <dl className="facts">
          {detail.motto && <Item term="Motto" testId="detail-motto">{detail.motto}</Item>}
          <Item term="Art">{CASE_KIND_LABELS[detail.kind]}</Item>
          <Item term="AGS" testId="detail-ags">{detail.ags}</Item>
          <Item term="Landkreis" testId="detail-landkreis">{detail.landkreis}</Item>
          <Item term="Bundesland">{bundeslandLabel(detail.bundesland)}</Item>
          <Item term="Einwohner" testId="detail-population">{formatPopulation(detail.population)}</Item>
          <Item term="Verfahren">
            {detail.catalogueName} (Version {detail.catalogueVersion})
          </Item>
          {detail.modules.length > 0 && <Item term="Module">{detail.modules.map((module) => module.name).join(', ')}</Item>}
          <Item term="Runde">
            {roundLabel(detail.terms, detail.auditRound)}
            {detail.previousCase && (
              <>
                {' '}
                (Vorgänger: <Link to={`/faelle/${detail.previousCase.id}`}>{detail.previousCase.municipalityName}, angelegt {formatTimestamp(detail.previousCase.createdAt)}</Link>)
              </>
            )}
          </Item>
          <Item term={detail.terms.auditor} testId="detail-auditor">{detail.auditor}</Item>
        </dl>
      </section>
      <section className="card" aria-labelledby="lead-title">
        <h2 id="lead-title">Projektleitung der Kommune</h2>
        <dl className="facts">
          <Item term="Name" testId="detail-lead-name">{detail.projectLead.name}</Item>
          <Item term="Funktion">{detail.projectLead.role}</Item>
          <Item term="Kontakt">{detail.projectLead.contact}</Item>
        </dl>
        <h2>Notizen</h2>
        <p className="notes" data-testid="detail-notes">{detail.notes || '–'}</p>
        <p className="muted small">
          Angelegt {formatTimestamp(detail.createdAt)} · zuletzt geändert {formatTimestamp(detail.updatedAt)}
        </p>
      </section>
    </div>
  );
}
