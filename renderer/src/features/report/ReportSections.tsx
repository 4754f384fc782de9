import type { ReactNode } from 'react';
import type { ReportData } from './use-report-data';
import { decisionLabel, recommendationLabel } from '../../../../shared/certification/recommendation';
import { CERTIFICATION_RATING_LABELS, ITEM_KIND_LABELS } from '../../../../shared/contract';
import { formatGermanDate } from '../../../../shared/domain/dates';
import { formatGermanMonth } from '../../../../shared/domain/german-dates';
import { formatEuro } from '../../../../shared/domain/german-numbers';
import { PHASE_STATE_LABELS } from '../../../../shared/domain/timeline';
import { bundeslandLabel, CASE_KIND_LABELS, formatDate, formatPopulation } from '../../format/labels';
import { formatScore } from '../../format/score-format';
import { roundLabel } from '../../../../shared/catalogue/terminology';
import { PRIORITY_LABELS, STATUS_LABELS } from '../../../../shared/goals/agreement';
import { countOf } from '../../../../shared/domain/german-plural';
import { ITEM_KINDS } from '../../../../shared/vocabulary/scoring';
import { findingsText } from '../../../../shared/certification/formal-checks';
import { TableHead } from '../../components/TableHead';

/** The printed report names a few findings per check; the assessment page lists them all. */
const FINDINGS_IN_REPORT = 5;

/** A printed table: each column with its header and a width wide enough for its longest word at the print size. */
export function ReportTable({ className, columns, children }: { className?: string; columns: readonly (readonly [label: string, width: string])[]; children: ReactNode }) {
  return (
    <table className={className ? `report-table ${className}` : 'report-table'}>
      <colgroup>
        {columns.map(([label, width]) => (
          <col key={label} style={{ width }} />
        ))}
      </colgroup>
      <TableHead columns={columns.map(([label]) => label)} />
      {children}
    </table>
  );
}

/** A table's column widths, for the tables whose header differs by round. */
function Columns({ widths }: { widths: string[] }) {
  return (
    <colgroup>
      {widths.map((width, index) => (
        <col key={index} style={{ width }} />
      ))}
    </colgroup>
  );
}

const CATEGORY_LABELS = { inhaltlich: 'inhaltlich', governance: 'Governance', formal: 'formal' } as const;

/** "01.03.2026 – 30.04.2026", "ab 01.03.2026" while it runs, "–" without dates. */
function dateRange(start: string | null, end: string | null): string {
  if (start && end) return `${formatDate(start)} – ${formatDate(end)}`;
  if (start) return `ab ${formatDate(start)}`;
  if (end) return `bis ${formatDate(end)}`;
  return '–';
}

export function CaseSection({ data }: { data: ReportData }) {
  const { detail } = data;
  const rows: [string, string][] = [
    ['Kommune / Kreis', `${detail.municipalityName} (${CASE_KIND_LABELS[detail.kind]})`],
    ['AGS', detail.ags],
    ['Landkreis / Bundesland', [detail.landkreis, bundeslandLabel(detail.bundesland)].filter(Boolean).join(', ')],
    ['Einwohner', formatPopulation(detail.population)],
    ['Verfahren', `${detail.catalogueName}, Version ${detail.catalogueVersion}`],
    ['Runde', roundLabel(detail.terms, detail.auditRound)],
    [detail.terms.auditor, detail.auditor || '–'],
    ['Projektleitung der Kommune', [detail.projectLead.name, detail.projectLead.role].filter(Boolean).join(', ') || '–'],
  ];
  return (
    <section className="report-section" data-testid="report-case">
      <h2>1. Auditfall</h2>
      <table className="report-table facts-table">
        <tbody>
          {rows.map(([label, value]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td>{value}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>Zeitplan</h3>
      <ReportTable columns={[['Phase', '36%'], ['Geplant', '23%'], ['Tatsächlich', '23%'], ['Stand', '18%']]}>
        <tbody>
          {detail.phases.map((phase) => (
            <tr key={phase.key}>
              <td>
                {phase.position + 1}. {phase.name}
              </td>
              <td>{dateRange(phase.plannedStart, phase.plannedEnd)}</td>
              <td>{dateRange(phase.actualStart, phase.actualEnd)}</td>
              <td>
                {PHASE_STATE_LABELS[phase.state]}
                {phase.overdue ? ', überfällig' : ''}
              </td>
            </tr>
          ))}
        </tbody>
      </ReportTable>
      {detail.warnings.length > 0 && (
        <ul className="report-notes">
          {detail.warnings.map((warning) => (
            <li key={warning.message}>{warning.message}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function ScoringSection({ data, chart }: { data: ReportData; chart: ReactNode }) {
  const { scoring } = data;
  const comparison = new Map(scoring.comparison.map((entry) => [entry.fieldId, entry]));
  return (
    <section className="report-section page-break" data-testid="report-scoring">
      <h2>2. Stärken/Schwächen-Profil</h2>
      <p>
        Gesamtwert {formatScore(scoring.overall)} von 100, Vollständigkeit {scoring.completeness} %.
        {scoring.previous && (
          <>
            {' '}
            Vorrunde ({scoring.previous.municipalityName}, angelegt {formatGermanDate(scoring.previous.createdAt.slice(0, 10))}): Gesamtwert {formatScore(scoring.previous.overall)}.
          </>
        )}
      </p>
      <div className="report-chart">{chart}</div>
      <table className="report-table field-scores">
        <Columns widths={scoring.previous ? ['40%', '11%', '13%', '14%', '22%'] : ['60%', '20%', '20%']} />
        <thead>
          <tr>
            <th scope="col">{scoring.fieldLabel}</th>
            <th scope="col">Wert</th>
            <th scope="col">Bewertet</th>
            {scoring.previous && (
              <>
                <th scope="col">Vorrunde</th>
                <th scope="col">Veränderung</th>
              </>
            )}
          </tr>
        </thead>
        <tbody>
          {scoring.fields.map((field) => (
            <tr key={field.id}>
              <td>
                {field.code} {field.name}
              </td>
              <td className="number">{formatScore(field.score)}</td>
              <td className="number">
                {field.rated} von {field.total}
              </td>
              {scoring.previous && (
                <>
                  <td className="number">{formatScore(comparison.get(field.id)?.previous ?? null)}</td>
                  <td>{comparison.get(field.id)?.trend ?? '–'}</td>
                </>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {scoring.fields.map((field) => (
        <div key={field.id} className="report-field">
          <h3>
            {field.code} {field.name}
          </h3>
          {field.summary && <p>{field.summary}</p>}
          {!field.summary && field.items.length === 0 && <p className="muted">Keine Einträge.</p>}
          {ITEM_KINDS.map((kind) => {
            const items = field.items.filter((item) => item.kind === kind);
            return items.length > 0 ? (
              <div key={kind}>
                <h4>{ITEM_KIND_LABELS[kind]}</h4>
                <ul>
                  {items.map((item) => (
                    <li key={item.id}>{item.text}</li>
                  ))}
                </ul>
              </div>
            ) : null;
          })}
        </div>
      ))}
    </section>
  );
}

export function AgreementSection({ data }: { data: ReportData }) {
  const { agreement } = data;
  return (
    <section className="report-section page-break" data-testid="report-agreement">
      <h2>3. {data.detail.terms.agreement}</h2>
      <p>
        {agreement.adopted
          ? `${data.detail.terms.resolution} vom ${formatGermanDate(agreement.adopted.resolutionDate)} (Drucksache ${agreement.adopted.drucksache}).`
          : `${data.detail.terms.resolution}: noch nicht gefasst.`}{' '}
        {countOf(agreement.totals.goals, 'Ziel', 'Ziele')}, {countOf(agreement.totals.measures, 'Maßnahme', 'Maßnahmen')}, Budget {formatEuro(agreement.totals.budget)}.
      </p>
      <ReportTable className="measures-table" columns={[['Nr.', '7.5%'], ['Ziel / Maßnahme', '27.5%'], ['Zuständig', '17.5%'], ['Zeitraum', '12%'], ['Budget', '13.5%'], ['Priorität', '10%'], ['Stand', '12%']]}>
        <tbody>
          {agreement.fields.flatMap((field) => [
            <tr key={field.id} className="field-row">
              <th scope="rowgroup" colSpan={7}>
                {field.code} {field.name}
                {field.strategicGoals.length === 0 && <span className="muted"> – keine Einträge</span>}
              </th>
            </tr>,
            ...field.strategicGoals.flatMap((strategic) => [
              <tr key={strategic.id} className="strategic-row">
                <td>{strategic.number}</td>
                <td colSpan={6}>{strategic.title}</td>
              </tr>,
              ...strategic.goals.flatMap((goal) => [
                <tr key={goal.id} className="goal-row">
                  <td>{goal.number}</td>
                  <td colSpan={6}>{goal.title}</td>
                </tr>,
                ...goal.measures.map((measure) => (
                  <tr key={measure.id}>
                    <td>{measure.number}</td>
                    <td>{measure.title}</td>
                    <td>{measure.responsibleUnit || '–'}</td>
                    <td>{measure.startMonth || measure.endMonth ? `${formatGermanMonth(measure.startMonth) || '?'} – ${formatGermanMonth(measure.endMonth) || '?'}` : '–'}</td>
                    <td className="number">{measure.budget === null ? '–' : formatEuro(measure.budget).replace(' €', '\u00a0€')}</td>
                    <td>{measure.priority ? PRIORITY_LABELS[measure.priority] : '–'}</td>
                    <td>{STATUS_LABELS[measure.status]}</td>
                  </tr>
                )),
              ]),
            ]),
          ])}
        </tbody>
      </ReportTable>
      {agreement.previous && (
        <div className="report-keep" data-testid="report-previous-round">
          <h3>Bilanzierung der Vorrunde</h3>
          <p>
            {agreement.previous.measures.filter((measure) => measure.status === 'umgesetzt').length} von {agreement.previous.measures.length} Maßnahmen der Vorrunde umgesetzt
            {agreement.previous.lastReportYear !== null ? ` (Stand: Jahresbericht ${agreement.previous.lastReportYear})` : ''}.
          </p>
          <table className="report-table previous-measures">
            <TableHead columns={['Nr.', 'Maßnahme der Vorrunde', 'Letzter Stand', 'Übernommen']} />
            <tbody>
              {agreement.previous.measures.map((measure) => (
                <tr key={measure.id}>
                  <td>{measure.number}</td>
                  <td>{measure.title}</td>
                  <td>{measure.status}</td>
                  <td>{measure.carriedOver ? 'ja' : '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {agreement.amendments.length > 0 && (
        <>
          <h3>Änderungen nach dem {data.detail.terms.resolution}</h3>
          <ul className="report-notes">
            {agreement.amendments.map((entry) => (
              <li key={entry.id}>
                {formatGermanDate(entry.amendedOn)}: {entry.subject} – {entry.changes.join('; ')} ({entry.reason})
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

export function CertificationSection({ data }: { data: ReportData }) {
  const { assessment } = data;
  return (
    <section className="report-section page-break" data-testid="report-certification">
      <h2>5. {assessment.finalizedAt ? 'Begutachtung und Entscheidung' : 'Begutachtung und Empfehlung'}</h2>
      <p className="report-recommendation">
        <strong>{assessment.finalizedAt ? `Entscheidung: ${decisionLabel(assessment.recommendation, data.detail.terms)}` : `Empfehlung: ${recommendationLabel(assessment.recommendation, data.detail.terms)}`}</strong>
        {assessment.certificate && ` – ${data.detail.terms.certificate} vom ${formatGermanDate(assessment.certificate.date)}, gültig bis ${formatGermanDate(assessment.certificate.validUntil)}`}
        {assessment.finalizedAt ? '' : ' (Entwurf, Begutachtung nicht abgeschlossen)'}
      </p>
      {assessment.override && <p>Abweichend von der berechneten Empfehlung: {assessment.override.reason}</p>}
      {assessment.conditions.length > 0 && (
        <>
          <h3>Auflagen</h3>
          <ol>
            {assessment.conditions.map((condition) => (
              <li key={condition}>{condition}</li>
            ))}
          </ol>
        </>
      )}
      <h3>Kriterien</h3>
      <ReportTable columns={[['Kategorie', '14%'], ['Kriterium', '44%'], ['Bewertung', '17%'], ['Begründung', '25%']]}>
        <tbody>
          {assessment.criteria.map((criterion) => (
            <tr key={criterion.id}>
              <td>{CATEGORY_LABELS[criterion.category]}</td>
              <td>{criterion.text}</td>
              <td>
                {criterion.rating ? CERTIFICATION_RATING_LABELS[criterion.rating] : '–'}
                {criterion.deviation && (
                  <div className="report-deviation" data-testid={`report-deviation-${criterion.id}`}>
                    Widerspruch zur berechneten Prüfung: {criterion.deviation} {criterion.deviationJustified ? '(begründet)' : '(nicht begründet)'}
                  </div>
                )}
              </td>
              <td>{criterion.justification || '–'}</td>
            </tr>
          ))}
        </tbody>
      </ReportTable>
      <h3>Formale Prüfungen</h3>
      <ul className="report-notes">
        {assessment.checks.map((check) => (
          <li key={check.id}>
            {check.passed ? '✓' : '✗'} {check.label}
            {!check.passed && `: ${findingsText(check.details, FINDINGS_IN_REPORT)}`}
          </li>
        ))}
      </ul>
    </section>
  );
}
