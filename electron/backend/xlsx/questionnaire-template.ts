import type ExcelJS from 'exceljs';
import { loadExcelJs } from './load-exceljs';
import type { Catalogue, Question, Section } from '../../../shared/catalogue/catalogue-schema';
import type { AnswerRecord } from '../../../shared/contract/questionnaire';
import { YES_PARTLY_NO } from '../../../shared/questionnaire/answer-value';
import { groupOf } from '../../../shared/questionnaire/progress';
import { COLUMN_ORDER, COLUMNS, INSTRUCTIONS_SHEET, LISTS_SHEET, META_KEYS, META_SHEET, TEMPLATE_FORMAT } from './template-layout';
import { questionnaireSheets } from '../../../shared/questionnaire/workbook-sheets';
import { makeXmlSafe } from './xml-safe-workbook';
import { NARROW_MARGINS, PRINT_ONE_PAGE_WIDE, wrappedRowHeight } from './print-layout';
import { termsOf } from '../../../shared/catalogue/terminology';

interface TemplateInput {
  caseId: string;
  municipalityName: string;
  catalogue: Catalogue;
  sections: Section[];
  answers: AnswerRecord[];
  exportedAt: Date;
  appVersion: string;
  exportId: string;
}

const WIDTHS: Record<(typeof COLUMN_ORDER)[number], number> = {
  id: 22, number: 7, question: 60, help: 40, format: 24, required: 8, answer: 30, stichtag: 13, comment: 36,
};
const ROW_WIDTHS = COLUMN_ORDER.map((key) => WIDTHS[key]);
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF16324F' } };
const INPUT_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF8DC' } };
const DATE_FORMAT = 'dd.mm.yyyy';

function optionLabels(question: Question): string[] | null {
  if (question.type === 'yesPartlyNo') return YES_PARTLY_NO.map((option) => option.label);
  if (question.type === 'singleChoice') return question.options.map((option) => option.label);
  return null;
}

function formatHint(question: Question): string {
  switch (question.type) {
    case 'number':
      return `Zahl${question.unit ? ` (${question.unit})` : ''}${question.decimals === 0 ? ', ganzzahlig' : ''}`;
    case 'percent':
      return 'Prozent (0 bis 100)';
    case 'currency':
      return 'Euro';
    case 'yesPartlyNo':
      return 'Ja / Teilweise / Nein (Auswahlliste)';
    case 'singleChoice':
      return 'eine Option (Auswahlliste)';
    case 'multipleChoice':
      return `mehrere durch Semikolon getrennt: ${question.options.map((option) => option.label).join('; ')}${question.options
        .filter((option) => option.exclusive)
        .map((option) => ` („${option.label}“ nur allein)`)
        .join('')}`;
    case 'date':
      return 'Datum (TT.MM.JJJJ)';
    case 'shortText':
      return `Text (bis ${question.maxLength} Zeichen)`;
    case 'longText':
      return 'Text';
  }
}

/** The cell value a stored answer is written as: real numbers and dates, labels for options. */
function answerCell(question: Question, answer: AnswerRecord | undefined): ExcelJS.CellValue {
  const value = answer?.value ?? null;
  if (value === null) return null;
  switch (question.type) {
    case 'date':
      return typeof value === 'string' ? new Date(`${value}T00:00:00Z`) : null;
    case 'yesPartlyNo':
      return YES_PARTLY_NO.find((option) => option.id === value)?.label ?? null;
    case 'singleChoice':
      return question.options.find((option) => option.id === value)?.label ?? null;
    case 'multipleChoice':
      return Array.isArray(value) ? question.options.filter((option) => value.includes(option.id)).map((option) => option.label).join('; ') : null;
    default:
      return value as ExcelJS.CellValue;
  }
}

async function addInstructions(workbook: ExcelJS.Workbook, input: TemplateInput): Promise<void> {
  const sheet = workbook.addWorksheet(INSTRUCTIONS_SHEET, {
    properties: { tabColor: { argb: 'FF1F5FA8' } },
    pageSetup: { ...PRINT_ONE_PAGE_WIDE, orientation: 'portrait', margins: NARROW_MARGINS },
  });
  const width = 110;
  sheet.getColumn(1).width = width;
  const terms = termsOf(input.catalogue);
  const lines = [
    [`Fragebogen ${terms.analysis} – ${input.municipalityName}`, true],
    [`${input.catalogue.name}, Version ${input.catalogue.version}`, false],
    ['', false],
    ['So füllen Sie den Fragebogen aus', true],
    [`1. Für jedes ${input.catalogue.fieldLabel} gibt es ein eigenes Tabellenblatt. Jede Zeile ist eine Frage.`, false],
    ['2. Tragen Sie Ihre Antwort in die gelb hinterlegte Spalte „Antwort“ ein. Bei Zahlen, die zu einem Stichtag erhoben werden, bitte auch den „Stichtag“ angeben.', false],
    ['3. Auswahlfragen haben eine Auswahlliste. Bei Mehrfachauswahl die Optionen durch Semikolon trennen (z. B. „Kita; Tagespflege“).', false],
    ['4. Zahlen wie gewohnt eingeben (z. B. 1.234,5). Datumsangaben als TT.MM.JJJJ.', false],
    ['5. In „Kommentar“ können Sie Erläuterungen, Quellen oder Rückfragen notieren.', false],
    ['6. Bitte die Spalte „ID“ nicht verändern und keine Tabellenblätter umbenennen oder löschen. Zeilen dürfen sortiert werden.', false],
    [`7. Speichern Sie die Datei als Excel-Arbeitsmappe (.xlsx) und senden Sie sie an die Person zurück, die sie Ihnen geschickt hat (${terms.auditor}).`, false],
    ['', false],
    [`Pflichtfragen sind in der Spalte „Pflicht“ mit „ja“ markiert. Exportiert am ${input.exportedAt.toLocaleDateString('de-DE')}.`, false],
  ] as const;
  for (const [text, bold] of lines) {
    const row = sheet.addRow([text]);
    row.font = { bold, size: bold ? 13 : 11 };
    row.alignment = { wrapText: true, vertical: 'top' };
    row.height = wrappedRowHeight([text], [width]) * (bold ? 1.2 : 1);
  }
  await sheet.protect('', { selectLockedCells: true, selectUnlockedCells: true });
}

async function addListsSheet(workbook: ExcelJS.Workbook, questions: Question[]): Promise<Map<string, string>> {
  const sheet = workbook.addWorksheet(LISTS_SHEET, { state: 'hidden' });
  const ranges = new Map<string, string>();
  let column = 1;
  for (const question of questions) {
    const labels = optionLabels(question);
    if (!labels) continue;
    labels.forEach((label, index) => (sheet.getCell(index + 1, column).value = label));
    const letter = sheet.getColumn(column).letter;
    ranges.set(question.id, `'${LISTS_SHEET}'!$${letter}$1:$${letter}$${labels.length}`);
    column += 1;
  }
  await sheet.protect('', {});
  return ranges;
}

function validationFor(question: Question, listRange: string | undefined): ExcelJS.DataValidation | null {
  const error = { showErrorMessage: true, errorStyle: 'warning' as const, errorTitle: 'Bitte prüfen' };
  if (listRange) return { type: 'list', allowBlank: true, formulae: [listRange], ...error, error: 'Bitte einen Eintrag aus der Liste wählen.' };
  if (question.type === 'number' || question.type === 'percent' || question.type === 'currency') {
    const min = question.min ?? (question.type === 'percent' ? 0 : -1e15);
    const max = question.max ?? (question.type === 'percent' ? 100 : 1e15);
    return {
      type: question.type === 'number' && question.decimals === 0 ? 'whole' : 'decimal',
      operator: 'between',
      allowBlank: true,
      formulae: [min, max],
      ...error,
      error: 'Bitte eine Zahl im erlaubten Bereich eingeben.',
    };
  }
  if (question.type === 'date') {
    return { type: 'date', operator: 'greaterThan', allowBlank: true, formulae: [new Date('1900-01-01')], ...error, error: 'Bitte ein Datum eingeben (TT.MM.JJJJ).' };
  }
  return null;
}

function numberFormat(question: Question): string | undefined {
  if (question.type === 'currency') return '#,##0.00 "€"';
  if (question.type === 'percent') return question.decimals > 0 ? `0.${'0'.repeat(question.decimals)} "%"` : '0 "%"';
  if (question.type === 'number') return question.decimals > 0 ? `#,##0.${'0'.repeat(question.decimals)}` : '#,##0';
  if (question.type === 'date') return DATE_FORMAT;
  return undefined;
}

async function addFieldSheet(workbook: ExcelJS.Workbook, title: string, prefix: string, sections: Section[], answers: Map<string, AnswerRecord>, lists: Map<string, string>): Promise<void> {
  const sheet = workbook.addWorksheet(title, {
    views: [{ state: 'frozen', ySplit: 1 }],
    // The Rathaus prints it to fill in by hand: every column on the page, the header on every page.
    pageSetup: { ...PRINT_ONE_PAGE_WIDE, orientation: 'landscape', printTitlesRow: '1:1', margins: NARROW_MARGINS },
  });
  sheet.columns = COLUMN_ORDER.map((key) => ({ header: COLUMNS[key], key, width: WIDTHS[key] }));
  const header = sheet.getRow(1);
  header.font = { bold: true, color: { argb: 'FFFFFFFF' } };
  header.fill = HEADER_FILL;
  header.alignment = { vertical: 'middle', wrapText: true };
  let number = 0;
  for (const section of sections) {
    for (const question of section.questions) {
      number += 1;
      const answer = answers.get(question.id);
      const row = sheet.addRow({
        id: question.id,
        number: `${prefix}.${number}`,
        question: question.text,
        help: question.help ?? '',
        format: formatHint(question),
        required: question.required ? 'ja' : '',
        answer: answerCell(question, answer),
        stichtag: answer?.referenceDate ? new Date(`${answer.referenceDate}T00:00:00Z`) : null,
        comment: answer?.comment ?? '',
      });
      row.alignment = { vertical: 'top', wrapText: true };
      row.height = wrappedRowHeight(COLUMN_ORDER.map((key) => row.getCell(key).value), ROW_WIDTHS);
      const answerCellRef = row.getCell('answer');
      answerCellRef.protection = { locked: false };
      answerCellRef.fill = INPUT_FILL;
      const format = numberFormat(question);
      if (format) answerCellRef.numFmt = format;
      const validation = validationFor(question, lists.get(question.id));
      if (validation) answerCellRef.dataValidation = validation;
      const comment = row.getCell('comment');
      comment.protection = { locked: false };
      comment.fill = INPUT_FILL;
      if ((question.type === 'number' || question.type === 'percent' || question.type === 'currency') && question.stichtag) {
        const stichtag = row.getCell('stichtag');
        stichtag.protection = { locked: false };
        stichtag.fill = INPUT_FILL;
        stichtag.numFmt = DATE_FORMAT;
        stichtag.dataValidation = validationFor({ ...question, type: 'date' } as Question, undefined) as ExcelJS.DataValidation;
      }
    }
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: COLUMN_ORDER.length } };
  // Protected structure; sorting, filtering and formatting stay allowed for the Rathaus.
  await sheet.protect('', { selectLockedCells: true, selectUnlockedCells: true, sort: true, autoFilter: true, formatColumns: true, formatRows: true });
}

async function addMetaSheet(workbook: ExcelJS.Workbook, input: TemplateInput): Promise<void> {
  const sheet = workbook.addWorksheet(META_SHEET, { state: 'hidden' });
  const rows: [string, string | number][] = [
    [META_KEYS.format, TEMPLATE_FORMAT],
    [META_KEYS.caseId, input.caseId],
    [META_KEYS.municipality, input.municipalityName],
    [META_KEYS.catalogueId, input.catalogue.id],
    [META_KEYS.catalogueVersion, input.catalogue.version],
    [META_KEYS.exportedAt, input.exportedAt.toISOString()],
    [META_KEYS.appVersion, input.appVersion],
    [META_KEYS.exportId, input.exportId],
  ];
  for (const row of rows) sheet.addRow(row);
  await sheet.protect('', {});
}

/** The fill-in workbook for the Rathaus, prefilled with the answers stored so far. */
export async function buildQuestionnaireTemplate(input: TemplateInput): Promise<Buffer> {
  const { Workbook } = await loadExcelJs();
  const workbook = new Workbook();
  workbook.creator = 'Familienaudit';
  workbook.created = input.exportedAt;
  workbook.modified = input.exportedAt;
  await addInstructions(workbook, input);
  const questions = input.sections.flatMap((section) => section.questions);
  const lists = await addListsSheet(workbook, questions);
  const answers = new Map(input.answers.map((answer) => [answer.questionId, answer]));
  for (const sheet of questionnaireSheets(input.catalogue)) {
    const sections = input.sections.filter((section) => groupOf(section) === sheet.groupId);
    if (sections.length > 0) await addFieldSheet(workbook, sheet.sheetName, sheet.code, sections, answers, lists);
  }
  await addMetaSheet(workbook, input);
  makeXmlSafe(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
