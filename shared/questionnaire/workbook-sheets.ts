import type { Catalogue } from '../catalogue/catalogue-schema';

export const INSTRUCTIONS_SHEET = 'Anleitung';
export const LISTS_SHEET = 'Listen';
export const META_SHEET = 'Metadaten';
/** The template's own sheets, and Excel's reserved name. */
const RESERVED_SHEET_NAMES = [INSTRUCTIONS_SHEET, LISTS_SHEET, META_SHEET, 'History'];

/** Excel allows 31 characters and none of []:*?/\ in a sheet name. */
function sheetNameFor(code: string, name: string): string {
  const clean = `${code} ${name}`.replace(/[[\]:*?/\\]/g, ' ').replace(/\s+/g, ' ').trim();
  return clean.length <= 31 ? clean : `${clean.slice(0, 30).trimEnd()}…`;
}

interface QuestionnaireSheet {
  /** The field or module whose questions the sheet holds. */
  groupId: string;
  code: string;
  name: string;
  sheetName: string;
}

/** One sheet per field, then one per optional module (coded M1, M2, …), in catalogue order. */
export function questionnaireSheets(catalogue: Pick<Catalogue, 'fields' | 'modules'>): QuestionnaireSheet[] {
  return [
    ...catalogue.fields.map((field) => ({ groupId: field.id, code: field.code, name: field.name })),
    ...catalogue.modules.map((module, index) => ({ groupId: module.id, code: `M${index + 1}`, name: module.name })),
  ].map((group) => ({ ...group, sheetName: sheetNameFor(group.code, group.name) }));
}

/** Excel compares sheet names without regard to case. */
const sameSheet = (a: string, b: string) => a.toLocaleLowerCase('de-DE') === b.toLocaleLowerCase('de-DE');

/** What keeps a catalogue's questionnaire from becoming a workbook, in German; none when it can. */
export function sheetNameProblems(catalogue: Pick<Catalogue, 'fields' | 'modules'>): string[] {
  const problems: string[] = [];
  const sheets = questionnaireSheets(catalogue);
  sheets.forEach((sheet, index) => {
    const what = `Das Tabellenblatt „${sheet.sheetName}“ (${sheet.code})`;
    if (sheet.sheetName.startsWith("'") || sheet.sheetName.endsWith("'")) problems.push(`${what} darf nicht mit einem Apostroph beginnen oder enden (Kürzel oder Name ändern).`);
    const reserved = RESERVED_SHEET_NAMES.find((name) => sameSheet(name, sheet.sheetName));
    if (reserved) problems.push(`${what} hieße wie ein Blatt, das die Vorlage selbst braucht („${reserved}“).`);
    const earlier = sheets.slice(0, index).find((other) => sameSheet(other.sheetName, sheet.sheetName));
    if (earlier) problems.push(`${what} hieße wie das Blatt von ${earlier.code}; Excel unterscheidet Blattnamen nicht nach Groß- und Kleinschreibung.`);
  });
  return problems;
}
