import type { ChecksumSheet } from '../xlsx/assessment-checksum';
import { REGISTER_KEYS, REGISTER_SHEET_NAME, YEARLY_REPORT_KEY_PREFIX } from '../certification/register-sheet';
import { parseGermanDate } from '../../../shared/domain/german-dates';
import { overallScore } from '../../../shared/scoring/scores';
import type { DataCell } from '../xlsx/assessment-workbook';
import { dateOf, numberOf, recordsOf, textOf } from './workbook-sheets';

/** What the data sheets say, before the submission schema checks it. */
interface SheetFacts {
  register: Record<string, unknown>;
  fieldScores: { fieldId: string; code: string; name: string; score: number | null }[];
  criteria: { id: string; category: string; text: string; rating: string | null }[];
}

const CATEGORY_IDS: Record<string, string> = { inhaltlich: 'inhaltlich', governance: 'governance', formal: 'formal' };

function fieldScoresOf(sheet: ChecksumSheet | undefined): SheetFacts['fieldScores'] {
  if (!sheet) return [];
  return recordsOf(sheet)
    .filter((row) => textOf(row.Art) === 'Feldwert')
    .map((row) => ({ fieldId: textOf(row['Feld-ID']), code: textOf(row['Nr.']), name: textOf(row.Feld), score: numberOf(row['Wert 0–100']) }));
}

function criteriaOf(sheet: ChecksumSheet | undefined): SheetFacts['criteria'] {
  if (!sheet) return [];
  return recordsOf(sheet)
    .filter((row) => textOf(row.Art) === 'Kriterium')
    .map((row) => ({ id: textOf(row.Kennung), category: CATEGORY_IDS[textOf(row.Kategorie).toLowerCase()] ?? textOf(row.Kategorie), text: textOf(row.Text), rating: textOf(row['Ergebnis-ID']) || null }));
}

function recommendationRow(sheet: ChecksumSheet | undefined): Record<string, DataCell> | undefined {
  return sheet ? recordsOf(sheet).find((row) => textOf(row.Kennung) === 'empfehlung') : undefined;
}

/** The register's facts from the sheet `Stammdaten` (app version 0.2 on). */
function registerFromSheet(sheet: ChecksumSheet): Record<string, unknown> {
  const values = new Map(recordsOf(sheet).map((row) => [textOf(row.Kennung), row]));
  const text = (key: string) => textOf(values.get(key)?.Text);
  const number = (key: string) => numberOf(values.get(key)?.Zahl);
  const date = (key: string) => dateOf(values.get(key)?.Datum);
  const k = REGISTER_KEYS;
  const yearlyReports = [...values.keys()]
    .filter((key) => key.startsWith(YEARLY_REPORT_KEY_PREFIX))
    .map((key) => ({ year: Number(key.slice(YEARLY_REPORT_KEY_PREFIX.length)), date: date(key) }));
  return {
    catalogueName: text(k.catalogueName),
    municipalityName: text(k.municipalityName),
    ags: text(k.ags),
    kind: text(k.kind),
    landkreis: text(k.landkreis),
    bundesland: text(k.bundesland),
    population: number(k.population),
    auditRound: text(k.auditRound),
    auditor: text(k.auditor),
    resolutionDate: date(k.resolutionDate),
    drucksache: text(k.drucksache),
    recommendation: text(k.recommendation),
    finalized: date(k.finalizedAt) !== null,
    finalizedAt: date(k.finalizedAt),
    certificateDate: date(k.certificateDate),
    certificateValidUntil: date(k.certificateValidUntil),
    yearlyReportsExpected: number(k.yearlyReportsExpected),
    yearlyReports,
    overallScore: number(k.overallScore),
  };
}

function isoFromGerman(text: string | undefined): string | null {
  if (!text) return null;
  const parsed = parseGermanDate(text);
  return parsed.ok ? parsed.value : null;
}

const GERMAN_DATE = String.raw`(\d{2}\.\d{2}\.\d{4})`;

/**
 * Workbooks of app version 0.1 have no `Stammdaten`: the register takes what their cover and
 * certification sheet say. Kreis, population and yearly reports are not in them and stay empty.
 */
function registerFromCover(coverLines: readonly [string, string][], certification: ChecksumSheet | undefined): Record<string, unknown> {
  const lines = coverLines.filter(([label, value]) => label !== '' && value !== '');
  const byLabel = new Map(lines);
  const nameLine = /^(.*) \((Kommune|Kreis)\)$/.exec(byLabel.get('Kommune / Kreis') ?? '');
  const ags = byLabel.get('AGS') ?? '';
  const resolution = lines.map(([, value]) => new RegExp(`^vom ${GERMAN_DATE}, Drucksache (.+)$`).exec(value)).find((match) => match !== null);
  const certificate = lines.map(([, value]) => new RegExp(`^vom ${GERMAN_DATE}, gültig bis ${GERMAN_DATE}$`).exec(value)).find((match) => match !== null);
  const recommendation = recommendationRow(certification);
  const round = byLabel.get('Runde') ?? '';
  return {
    catalogueName: (byLabel.get('Verfahren') ?? '').replace(/, Version \d+$/, ''),
    municipalityName: nameLine?.[1] ?? '',
    ags,
    kind: nameLine?.[2] === 'Kreis' ? 'kreis' : 'kommune',
    landkreis: '',
    bundesland: ags.slice(0, 2),
    population: null,
    auditRound: /^erst/i.test(round) ? 'erstaudit' : 'reaudit',
    auditor: lines[5]?.[1] === '–' ? '' : (lines[5]?.[1] ?? ''),
    resolutionDate: isoFromGerman(resolution?.[1]),
    drucksache: resolution?.[2] ?? '',
    recommendation: textOf(recommendation?.['Ergebnis-ID']),
    finalized: textOf(recommendation?.Art) === 'Entscheidung',
    finalizedAt: null,
    certificateDate: isoFromGerman(certificate?.[1]),
    certificateValidUntil: isoFromGerman(certificate?.[2]),
    yearlyReportsExpected: null,
    yearlyReports: [],
    overallScore: null,
  };
}

/** The facts of one submission from its data sheets (and, for old workbooks, its cover). */
export function sheetFacts(sheets: ReadonlyMap<string, ChecksumSheet>, coverLines: readonly [string, string][]): SheetFacts {
  const register = sheets.get(REGISTER_SHEET_NAME);
  const scoring = sheets.get('Stärken-Schwächen');
  const fieldScores = fieldScoresOf(scoring);
  const facts = register ? registerFromSheet(register) : registerFromCover(coverLines, sheets.get('Zertifizierung'));
  if (!register) facts.overallScore = overallScore(fieldScores.map((field) => field.score));
  return { register: facts, fieldScores, criteria: criteriaOf(sheets.get('Zertifizierung')) };
}
