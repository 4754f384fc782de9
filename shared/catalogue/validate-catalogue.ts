import type { z } from '../zod';
import { sheetNameProblems } from '../questionnaire/workbook-sheets';
import { catalogueFormat1Schema, catalogueSchema, type Catalogue, type Question, type Scale } from './catalogue-schema';
import { upgradeFormat1 } from './catalogue-format';
import { caseFieldTypeProblem } from '../questionnaire/case-field-answers';
import { criterionCheckProblems, milestoneProblems } from './milestone-rules';
import { participationFormatProblems } from './participation-format-rules';

/**
 * `catalogue` is read as the current format; `stored` is the file as checked in its own format, so
 * that an installed catalogue keeps its content (and checksum) whichever format it came in.
 */
type CatalogueCheck = { ok: true; catalogue: Catalogue; stored: unknown } | { ok: false; problems: string[] };

function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const missing = /^Ungültige Eingabe: erwartet (.+), erhalten nichts$/.exec(issue.message);
  return missing ? `fehlt (erwartet: ${missing[1]})` : issue.message;
}

function schemaProblems(error: z.ZodError): string[] {
  return error.issues.map((issue) => `${formatPath(issue.path) || 'Datei'}: ${describeIssue(issue)}`);
}

function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const value of values) (seen.has(value) ? repeated : seen).add(value);
  return [...repeated];
}

function checkScale(scale: Scale, where: string, problems: string[]): void {
  if (scale.min >= scale.max) problems.push(`${where}: Der kleinste Skalenwert muss kleiner als der größte sein.`);
  for (const label of scale.labels) {
    if (label.value < scale.min || label.value > scale.max) {
      problems.push(`${where}: Die Beschriftung „${label.label}“ (${label.value}) liegt außerhalb der Skala ${scale.min}–${scale.max}.`);
    }
  }
  for (const value of duplicates(scale.labels.map((label) => String(label.value)))) {
    problems.push(`${where}: Der Skalenwert ${value} ist mehrfach beschriftet.`);
  }
}

function checkQuestion(question: Question, where: string, problems: string[]): void {
  if ('min' in question && question.min !== undefined && question.max !== undefined && question.min > question.max) {
    problems.push(`${where} (${question.id}): Die Untergrenze liegt über der Obergrenze.`);
  }
  if (question.type === 'singleChoice' || question.type === 'multipleChoice') {
    for (const id of duplicates(question.options.map((option) => option.id))) {
      problems.push(`${where} (${question.id}): Die Antwortoption „${id}“ kommt mehrfach vor.`);
    }
    // The workbook is read back by label, ignoring case and spacing; two labels alike there are one answer.
    for (const label of duplicates(question.options.map((option) => option.label.trim().replace(/\s+/g, ' ').toLocaleLowerCase('de-DE')))) {
      problems.push(`${where} (${question.id}): Zwei Antwortoptionen heißen „${label}“ (Groß- und Kleinschreibung zählt in der Excel-Vorlage nicht).`);
    }
  }
  if (question.type === 'multipleChoice') {
    for (const option of question.options.filter((candidate) => /[;\n]/.test(candidate.label))) {
      problems.push(`${where} (${question.id}): Die Antwortoption „${option.label}“ darf kein Semikolon und keinen Zeilenumbruch enthalten; damit werden mehrere Antworten in der Excel-Vorlage getrennt.`);
    }
  }
  if (question.type === 'multipleChoice') {
    const { minSelected = 0, maxSelected = question.options.length } = question;
    if (minSelected > maxSelected || maxSelected > question.options.length) {
      problems.push(`${where} (${question.id}): Die Mindest-/Höchstzahl der Auswahl passt nicht zu den ${question.options.length} Optionen.`);
    }
  }
}

/** Cross-references the schema cannot express: unique ids, existing targets, sane limits. */
function referenceProblems(catalogue: Catalogue): string[] {
  const problems: string[] = [];
  const fieldIds = new Set(catalogue.fields.map((field) => field.id));
  const moduleIds = new Set(catalogue.modules.map((module) => module.id));
  const phaseKeys = new Set(catalogue.phases.map((phase) => phase.key));
  const sections = catalogue.questionnaire.sections;

  const unique = (label: string, values: string[]) => {
    for (const value of duplicates(values)) problems.push(`${label} „${value}“ kommt mehrfach vor.`);
  };
  unique('Die Feld-Kennung', catalogue.fields.map((field) => field.id));
  unique('Das Feld-Kürzel', catalogue.fields.map((field) => field.code));
  unique('Die Modul-Kennung', catalogue.modules.map((module) => module.id));
  unique('Die Phasen-Kennung', catalogue.phases.map((phase) => phase.key));
  unique('Die Abschnitts-Kennung', sections.map((section) => section.id));
  unique('Die Fragen-Kennung', sections.flatMap((section) => section.questions.map((question) => question.id)));
  unique('Die Bewertungskriterien-Kennung', catalogue.scoring.fields.flatMap((field) => field.criteria.map((criterion) => criterion.id)));
  unique('Die Zertifizierungskriterien-Kennung', catalogue.certification.criteria.map((criterion) => criterion.id));
  unique('Die Bewertung für das Feld', catalogue.scoring.fields.map((field) => field.fieldId));

  for (const key of [catalogue.auditSpan.fromPhase, catalogue.auditSpan.toPhase, catalogue.certificate.phase]) {
    if (!phaseKeys.has(key)) problems.push(`Die Phase „${key}“ (auditSpan/certificate) gibt es nicht.`);
  }
  problems.push(...milestoneProblems(catalogue), ...criterionCheckProblems(catalogue), ...participationFormatProblems(catalogue));

  sections.forEach((section, index) => {
    const where = `questionnaire.sections[${index}]`;
    if (section.fieldId && !fieldIds.has(section.fieldId)) problems.push(`${where}: Das Feld „${section.fieldId}“ gibt es nicht.`);
    if (section.moduleId && !moduleIds.has(section.moduleId)) problems.push(`${where}: Das Modul „${section.moduleId}“ gibt es nicht.`);
    section.questions.forEach((question, questionIndex) => {
      checkQuestion(question, `${where}.questions[${questionIndex}]`, problems);
      const caseFieldProblem = question.caseField ? caseFieldTypeProblem(question.caseField, question.type) : null;
      if (caseFieldProblem) problems.push(`${where}.questions[${questionIndex}] (${question.id}): ${caseFieldProblem}`);
    });
  });

  for (const field of catalogue.fields) {
    if (!sections.some((section) => section.fieldId === field.id)) problems.push(`Für das Feld „${field.name}“ gibt es keine Fragen.`);
    if (!catalogue.scoring.fields.some((scored) => scored.fieldId === field.id)) {
      problems.push(`Für das Feld „${field.name}“ gibt es keine Bewertungskriterien.`);
    }
  }
  for (const module of catalogue.modules) {
    if (!sections.some((section) => section.moduleId === module.id)) problems.push(`Für das Modul „${module.name}“ gibt es keine Fragen.`);
  }

  problems.push(...sheetNameProblems(catalogue));
  checkScale(catalogue.scoring.scale, 'scoring.scale', problems);
  catalogue.scoring.fields.forEach((field, index) => {
    if (!fieldIds.has(field.fieldId)) problems.push(`scoring.fields[${index}]: Das Feld „${field.fieldId}“ gibt es nicht.`);
    if (field.scale) checkScale(field.scale, `scoring.fields[${index}].scale`, problems);
  });
  return problems;
}

/** Validates a catalogue completely; every problem comes back as a German sentence. */
export function validateCatalogue(input: unknown): CatalogueCheck {
  const format = input !== null && typeof input === 'object' && 'formatVersion' in input ? input.formatVersion : undefined;
  if (format !== undefined && format !== 1 && format !== 2) {
    return { ok: false, problems: [`formatVersion: Das Dateiformat ${JSON.stringify(format)} kennt diese Version von Familienaudit nicht (bekannt: 1 und 2).`] };
  }
  const parsed = format === 1 ? catalogueFormat1Schema.safeParse(input) : catalogueSchema.safeParse(input);
  if (!parsed.success) return { ok: false, problems: schemaProblems(parsed.error) };
  const catalogue = parsed.data.formatVersion === 1 ? upgradeFormat1(parsed.data) : parsed.data;
  const problems = referenceProblems(catalogue);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, catalogue, stored: parsed.data };
}

export function questionsOf(catalogue: Pick<Catalogue, 'questionnaire'>): Question[] {
  return catalogue.questionnaire.sections.flatMap((section) => section.questions);
}
