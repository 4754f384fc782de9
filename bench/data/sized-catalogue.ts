import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { catalogueFormat1Schema, type Catalogue, type Question } from '../../shared/catalogue/catalogue-schema';
import { upgradeFormat1 } from '../../shared/catalogue/catalogue-format';

/** The shipped audit catalogue stretched (or cut) to `questions` questions spread over its six fields, as a new catalogue `bench-N`. */
export function catalogueWithQuestions(questions: number): Catalogue {
  const shipped = upgradeFormat1(catalogueFormat1Schema.parse(JSON.parse(readFileSync('resources/catalogues/audit-familiengerechte-kommune.v1.json', 'utf8'))));
  const fieldSections = shipped.questionnaire.sections.filter((section) => section.fieldId);
  const sections = shipped.fields.map((field, fieldIndex) => {
    const pool = fieldSections.filter((section) => section.fieldId === field.id).flatMap((section) => section.questions);
    const count = Math.floor(questions / shipped.fields.length) + (fieldIndex < questions % shipped.fields.length ? 1 : 0);
    const copies = Array.from({ length: count }, (_, index) => ({ ...pool[index % pool.length]!, id: `${field.id}.b${index}`, caseField: undefined }));
    return { id: `${field.id}.bench`, title: field.name, fieldId: field.id, questions: copies };
  });
  return { ...shipped, id: `bench-${questions}`, name: `Benchmark-Katalog (${questions} Fragen)`, modules: [], questionnaire: { sections } };
}

/** What a Rathaus types into a template's answer cell, the way people type it. */
function typedValue(question: Question, index: number): ExcelJS.CellValue {
  switch (question.type) {
    case 'number':
      return question.max === undefined ? 1000 + index : Math.min(question.max, index);
    case 'percent':
      return '37,5 %';
    case 'currency':
      return '12.500,00 €';
    case 'yesPartlyNo':
      return 'Ja';
    case 'singleChoice':
      return question.options[0]!.label;
    case 'multipleChoice':
      return question.options.slice(0, 2).map((option) => option.label).join('; ');
    case 'date':
      return '15.03.2025';
    default:
      return `Antwort ${index}`;
  }
}

/** A questionnaire template with every answer cell filled in, as it comes back from the Rathaus. */
export async function filledTemplate(template: Buffer, questions: readonly Question[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(template as unknown as ExcelJS.Buffer);
  for (const sheet of workbook.worksheets) {
    const header = sheet.getRow(1).values as unknown[];
    const [idColumn, answerColumn] = [header.indexOf('ID'), header.indexOf('Antwort')];
    if (idColumn < 0) continue;
    sheet.eachRow((row, number) => {
      if (number === 1) return;
      const index = questions.findIndex((question) => question.id === row.getCell(idColumn).value);
      if (index >= 0) row.getCell(answerColumn).value = typedValue(questions[index]!, index);
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
