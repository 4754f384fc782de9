import type { RegisterRow } from '../../../shared/contract/pool';
import { BUNDESLAENDER } from '../../../shared/domain/bundeslaender';
import { populationClassOf, type PopulationClass } from '../../../shared/pool/population-classes';

export type TableCell = string | number | { date: string } | null;

export interface ConsolidatedTable {
  header: string[];
  rows: TableCell[][];
}

/** The register's columns in the consolidated export; their titles are a stable, documented layout (docs/verbandsauswertung.md). */
const REGISTER_COLUMNS: { title: string; value: (row: RegisterRow, classes: readonly PopulationClass[]) => TableCell }[] = [
  { title: 'Auditfall-ID', value: (row) => row.caseId },
  { title: 'Kommune/Kreis', value: (row) => row.municipalityName },
  { title: 'AGS', value: (row) => row.ags },
  { title: 'Art', value: (row) => row.kind },
  { title: 'Landkreis', value: (row) => row.landkreis },
  { title: 'Bundesland', value: (row) => BUNDESLAENDER[row.bundesland] },
  { title: 'Einwohner', value: (row) => row.population },
  { title: 'Größenklasse', value: (row, classes) => populationClassOf(row.population, classes).label },
  { title: 'Katalog-ID', value: (row) => row.catalogueId },
  { title: 'Katalog-Version', value: (row) => row.catalogueVersion },
  { title: 'Runde', value: (row) => row.auditRound },
  { title: 'Auditor/in', value: (row) => row.auditor },
  { title: 'Ratsbeschluss vom', value: (row) => (row.resolutionDate ? { date: row.resolutionDate } : null) },
  { title: 'Empfehlung', value: (row) => row.recommendation },
  { title: 'Entschieden', value: (row) => (row.finalized ? 'ja' : 'nein') },
  { title: 'Zertifikat vom', value: (row) => (row.certificateDate ? { date: row.certificateDate } : null) },
  { title: 'Zertifikat gültig bis', value: (row) => (row.certificateValidUntil ? { date: row.certificateValidUntil } : null) },
  { title: 'Exportiert am', value: (row) => row.exportedAt },
  { title: 'Einreichungen', value: (row) => row.submissions },
  { title: 'Widersprüche', value: (row) => row.conflicts },
  { title: 'Signatur', value: (row) => (row.signature === 'gueltig' ? (row.keyTrust === 'registriert' ? 'gültig, Schlüssel registriert' : 'gültig, Schlüssel bei erster Nutzung vertraut') : 'ohne (App-Version 0.1)') },
  { title: 'Jahresberichte überfällig', value: (row) => row.overdueReportYears.join(', ') },
  { title: 'Gesamtwert', value: (row) => row.overallScore },
];

/**
 * One row per case: the register's columns, then `Feldwert <Feld-ID>` for every field of any
 * catalogue in the pool, then `Kriterium <Kennung>` with the rating's id (erfuellt, teilweise,
 * nicht_erfuellt, nicht_anwendbar). Columns a case's catalogue does not have stay empty.
 */
export function consolidatedTable(rows: readonly RegisterRow[], ratings: ReadonlyMap<string, ReadonlyMap<string, string | null>>, fieldOrder: readonly string[], criterionOrder: readonly string[], classes: readonly PopulationClass[]): ConsolidatedTable {
  return {
    header: [...REGISTER_COLUMNS.map((column) => column.title), ...fieldOrder.map((id) => `Feldwert ${id}`), ...criterionOrder.map((id) => `Kriterium ${id}`)],
    rows: rows.map((row) => [
      ...REGISTER_COLUMNS.map((column) => column.value(row, classes)),
      ...fieldOrder.map((id) => row.fieldScores[id] ?? null),
      ...criterionOrder.map((id) => ratings.get(row.caseId)?.get(id) ?? null),
    ]),
  };
}

function csvField(cell: TableCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return String(cell).replace('.', ',');
  const text = typeof cell === 'object' ? `${cell.date.slice(8, 10)}.${cell.date.slice(5, 7)}.${cell.date.slice(0, 4)}` : cell;
  // A text that a spreadsheet would run as a formula gets a leading apostrophe.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[;"\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** UTF-8 with BOM, `;` between fields, German decimals and dates: what German Excel opens without a wizard. */
export function consolidatedCsv(table: ConsolidatedTable): Buffer {
  const lines = [table.header, ...table.rows].map((row) => row.map(csvField).join(';'));
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf8')]);
}
