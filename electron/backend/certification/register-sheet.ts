import type { Catalogue } from '../../../shared/catalogue/catalogue-schema';
import type { Agreement, Assessment, CaseDetail, Scoring } from '../../../shared/contract';
import type { DataCell, DataSheet } from '../xlsx/assessment-workbook';

/** The ids of the rows of the sheet `Stammdaten`; a stable layout the association's pool reads. */
export const REGISTER_KEYS = {
  municipalityName: 'gemeinde',
  ags: 'ags',
  kind: 'art',
  landkreis: 'kreis',
  bundesland: 'bundesland',
  population: 'einwohner',
  catalogueId: 'katalog_id',
  catalogueVersion: 'katalog_version',
  catalogueName: 'verfahren',
  auditRound: 'runde',
  previousCaseId: 'vorgaengerfall',
  auditor: 'auditor',
  resolutionDate: 'beschluss_datum',
  drucksache: 'beschluss_drucksache',
  recommendation: 'empfehlung',
  finalizedAt: 'abgeschlossen_am',
  certificateDate: 'zertifikat_datum',
  certificateValidUntil: 'zertifikat_gueltig_bis',
  yearlyReportsExpected: 'jahresberichte_soll',
  overallScore: 'gesamtwert',
} as const;

/** One row per filed yearly report: `jahresbericht_1`, `jahresbericht_2`, … with the report's date. */
export const YEARLY_REPORT_KEY_PREFIX = 'jahresbericht_';

export const REGISTER_SHEET_NAME = 'Stammdaten';

interface RegisterSources {
  detail: CaseDetail;
  catalogue: Catalogue;
  agreement: Agreement;
  assessment: Assessment;
  scoring: Scoring;
}

type Value = { text: string } | { number: number | null } | { date: string | null };

function row(key: string, label: string, value: Value): DataCell[] {
  if ('text' in value) return [key, label, value.text, null, null];
  if ('number' in value) return [key, label, null, value.number, null];
  return [key, label, null, null, value.date ? { date: value.date } : null];
}

/** The sheet `Stammdaten`: the facts of the round the association keeps in its register, one per row with a stable id. */
export function registerSheet({ detail, catalogue, agreement, assessment, scoring }: RegisterSources): DataSheet {
  const k = REGISTER_KEYS;
  return {
    name: REGISTER_SHEET_NAME,
    columns: [
      { title: 'Kennung', width: 24, kind: 'text' },
      { title: 'Bezeichnung', width: 34, kind: 'text' },
      { title: 'Text', width: 40, kind: 'text' },
      { title: 'Zahl', width: 12, kind: 'number' },
      { title: 'Datum', width: 12, kind: 'date' },
    ],
    rows: [
      row(k.municipalityName, 'Kommune / Kreis', { text: detail.municipalityName }),
      row(k.ags, 'AGS', { text: detail.ags }),
      row(k.kind, 'Art (kommune oder kreis)', { text: detail.kind }),
      row(k.landkreis, 'Landkreis', { text: detail.landkreis }),
      row(k.bundesland, 'Bundesland (Kürzel)', { text: detail.bundesland }),
      row(k.population, 'Einwohnerzahl', { number: detail.population }),
      row(k.catalogueId, 'Katalog-ID', { text: catalogue.id }),
      row(k.catalogueVersion, 'Katalog-Version', { number: catalogue.version }),
      row(k.catalogueName, 'Verfahren', { text: catalogue.name }),
      row(k.auditRound, 'Runde (erstaudit oder reaudit)', { text: detail.auditRound }),
      row(k.previousCaseId, 'Auditfall der Vorrunde', { text: detail.previousCaseId ?? '' }),
      row(k.auditor, 'Auditor/in', { text: detail.auditor }),
      row(k.resolutionDate, 'Ratsbeschluss vom', { date: agreement.adopted?.resolutionDate ?? null }),
      row(k.drucksache, 'Drucksache', { text: agreement.adopted?.drucksache ?? '' }),
      row(k.recommendation, assessment.finalizedAt ? 'Entscheidung (Kennung)' : 'Empfehlung (Kennung, Entwurf)', { text: assessment.recommendation }),
      row(k.finalizedAt, 'Begutachtung abgeschlossen am', { date: assessment.finalizedAt?.slice(0, 10) ?? null }),
      row(k.certificateDate, 'Zertifikat vom', { date: assessment.certificate?.date ?? null }),
      row(k.certificateValidUntil, 'Zertifikat gültig bis', { date: assessment.certificate?.validUntil ?? null }),
      row(k.yearlyReportsExpected, 'Jahresberichte vorgesehen', { number: agreement.yearlyReports }),
      ...[...agreement.reports].sort((a, b) => a.year - b.year).map((report) => row(`${YEARLY_REPORT_KEY_PREFIX}${report.year}`, `Jahresbericht ${report.year} vom`, { date: report.reportDate })),
      row(k.overallScore, 'Gesamtwert Stärken/Schwächen (0–100)', { number: scoring.overall }),
    ],
  };
}
