import type { Catalogue } from '../../../shared/catalogue/catalogue-schema';
import { recommendationLabel } from '../../../shared/certification/recommendation';
import { termsOf } from '../../../shared/catalogue/terminology';
import type { Agreement, Assessment, CaseDetail, Questionnaire, Scoring } from '../../../shared/contract';
import { CERTIFICATION_RATING_LABELS, ITEM_KIND_LABELS } from '../../../shared/contract';
import { formatGermanDate } from '../../../shared/domain/dates';
import { formatGermanDecimal } from '../../../shared/domain/german-numbers';
import { describeAnswer } from '../../../shared/questionnaire/answer-text';
import { BUNDESLAENDER } from '../../../shared/domain/bundeslaender';
import { contentChecksum, type AssessmentWorkbookInput, type DataCell, type DataSheet } from '../xlsx/assessment-workbook';

export interface ExportSources {
  detail: CaseDetail;
  catalogue: Catalogue;
  questionnaire: Questionnaire;
  scoring: Scoring;
  agreement: Agreement;
  assessment: Assessment;
  appVersion: string;
  exportedAt: string;
  chartPng: Buffer | null;
}

const monthDate = (month: string | null): DataCell => (month ? { date: `${month}-01` } : null);

function questionnaireSheet({ questionnaire, catalogue }: ExportSources): DataSheet {
  const answers = new Map(questionnaire.answers.map((answer) => [answer.questionId, answer]));
  const groupName = new Map([...catalogue.fields.map((field) => [field.id, field.name] as const), ...catalogue.modules.map((module) => [module.id, module.name] as const)]);
  return {
    name: 'IST-Analyse',
    columns: [
      { title: 'Feld-ID', width: 10, kind: 'text' },
      { title: 'Feld', width: 30, kind: 'text' },
      { title: 'Frage-ID', width: 26, kind: 'text' },
      { title: 'Frage', width: 60, kind: 'text' },
      { title: 'Typ', width: 14, kind: 'text' },
      { title: 'Pflicht', width: 8, kind: 'text' },
      { title: 'Antwort (Zahl)', width: 14, kind: 'number' },
      { title: 'Antwort (Datum)', width: 14, kind: 'date' },
      { title: 'Antwort (Text)', width: 40, kind: 'text' },
      { title: 'Einheit', width: 12, kind: 'text' },
      { title: 'Stichtag', width: 12, kind: 'date' },
      { title: 'Quelle', width: 14, kind: 'text' },
      { title: 'Kommentar', width: 36, kind: 'text' },
    ],
    rows: questionnaire.catalogue.sections.flatMap((section) =>
      section.questions.map((question) => {
        const answer = answers.get(question.id);
        const value = answer?.value ?? null;
        const group = section.fieldId ?? section.moduleId ?? '';
        return [
          group,
          groupName.get(group) ?? group,
          question.id,
          question.text,
          question.type,
          question.required ? 'ja' : 'nein',
          typeof value === 'number' ? value : null,
          question.type === 'date' && typeof value === 'string' ? { date: value } : null,
          value === null || typeof value === 'number' || question.type === 'date' ? null : describeAnswer(question, value),
          question.type === 'number' ? (question.unit ?? '') : question.type === 'percent' ? '%' : question.type === 'currency' ? 'EUR' : '',
          answer?.referenceDate ? { date: answer.referenceDate } : null,
          answer ? (answer.source === 'rathaus' ? 'Rathaus' : 'Auditor/in') : '',
          answer?.comment ?? '',
        ];
      }),
    ),
  };
}

function scoringSheet({ scoring }: ExportSources): DataSheet {
  return {
    name: 'Stärken-Schwächen',
    columns: [
      { title: 'Feld-ID', width: 10, kind: 'text' },
      { title: 'Feld', width: 30, kind: 'text' },
      { title: 'Art', width: 16, kind: 'text' },
      { title: 'Kennung', width: 16, kind: 'text' },
      { title: 'Text', width: 60, kind: 'text' },
      { title: 'Gewicht', width: 9, kind: 'number' },
      { title: 'Bewertung', width: 10, kind: 'number' },
      { title: 'Wert 0–100', width: 11, kind: 'score' },
      { title: 'Begründung', width: 40, kind: 'text' },
    ],
    rows: scoring.fields.flatMap((field): DataCell[][] => [
      [field.id, field.name, 'Feldwert', field.id, `${field.rated} von ${field.total} Kriterien bewertet`, null, null, field.score, field.summary],
      ...field.criteria.map((criterion): DataCell[] => [
        field.id,
        field.name,
        'Kriterium',
        criterion.id,
        criterion.text,
        criterion.weight,
        criterion.rating?.value ?? null,
        criterion.score,
        criterion.rating?.notRatable ? 'nicht bewertbar' : (criterion.rating?.justification ?? ''),
      ]),
      ...field.items.map((item): DataCell[] => [field.id, field.name, ITEM_KIND_LABELS[item.kind], item.id, item.text, null, null, null, '']),
    ]),
  };
}

function agreementSheet({ agreement }: ExportSources): DataSheet {
  return {
    name: 'Zielvereinbarung',
    columns: [
      { title: 'Feld-ID', width: 10, kind: 'text' },
      { title: 'Feld', width: 28, kind: 'text' },
      { title: 'Strategisches Ziel Nr.', width: 10, kind: 'text' },
      { title: 'Strategisches Ziel', width: 32, kind: 'text' },
      { title: 'Ziel Nr.', width: 8, kind: 'text' },
      { title: 'Ziel', width: 32, kind: 'text' },
      { title: 'Maßnahme Nr.', width: 10, kind: 'text' },
      { title: 'Maßnahme', width: 40, kind: 'text' },
      { title: 'Zuständige Stelle', width: 20, kind: 'text' },
      { title: 'Ansprechperson', width: 18, kind: 'text' },
      { title: 'Beginn', width: 12, kind: 'date' },
      { title: 'Ende', width: 12, kind: 'date' },
      { title: 'Budget (EUR)', width: 14, kind: 'euro' },
      { title: 'Budgethinweis', width: 22, kind: 'text' },
      { title: 'Priorität', width: 10, kind: 'text' },
      { title: 'Stand', width: 12, kind: 'text' },
      { title: 'Verspätet', width: 10, kind: 'text' },
    ],
    rows: agreement.fields.flatMap((field) =>
      field.strategicGoals.flatMap((strategic) =>
        strategic.goals.flatMap((goal) =>
          goal.measures.map((measure): DataCell[] => [
            field.id,
            field.name,
            strategic.number,
            strategic.title,
            goal.number,
            goal.title,
            measure.number,
            measure.title,
            measure.responsibleUnit,
            measure.responsiblePerson,
            monthDate(measure.startMonth),
            monthDate(measure.endMonth),
            measure.budget,
            measure.budgetNote,
            measure.priority,
            measure.status,
            measure.late ? 'ja' : 'nein',
          ]),
        ),
      ),
    ),
  };
}

function certificationSheet({ assessment, catalogue }: ExportSources): DataSheet {
  return {
    name: 'Zertifizierung',
    columns: [
      { title: 'Art', width: 16, kind: 'text' },
      { title: 'Kategorie', width: 14, kind: 'text' },
      { title: 'Kennung', width: 28, kind: 'text' },
      { title: 'Text', width: 60, kind: 'text' },
      { title: 'Ergebnis', width: 20, kind: 'text' },
      { title: 'Begründung', width: 50, kind: 'text' },
      { title: 'Vorschlag aus Prüfung', width: 20, kind: 'text' },
      { title: 'Widerspruch zur Prüfung', width: 50, kind: 'text' },
    ],
    rows: [
      ...assessment.criteria.map((criterion): DataCell[] => [
        'Kriterium',
        criterion.category,
        criterion.id,
        criterion.text,
        criterion.rating ? CERTIFICATION_RATING_LABELS[criterion.rating] : 'nicht bewertet',
        criterion.justification,
        criterion.proposedRating ? CERTIFICATION_RATING_LABELS[criterion.proposedRating] : '',
        criterion.deviation ? `${criterion.deviation} ${criterion.deviationJustified ? '(begründet)' : '(nicht begründet)'}` : '',
      ]),
      ...assessment.checks.map((check): DataCell[] => ['Formale Prüfung', 'formal', check.id, check.label, check.passed ? 'bestanden' : 'offen', check.details.map((detail) => detail.text).join('; '), '', '']),
      ['Empfehlung', '', assessment.override ? 'abweichend' : 'berechnet', recommendationLabel(assessment.recommendation, termsOf(catalogue)), assessment.recommendation, assessment.override?.reason ?? assessment.computed.reasons.join('; '), '', ''],
      ...assessment.conditions.map((condition, index): DataCell[] => ['Auflage', '', `auflage-${index + 1}`, condition, '', '', '', '']),
    ],
  };
}

/** Everything the association receives about one audit round, as cover, data sheets and metadata. */
export function assessmentWorkbookInput(sources: ExportSources): AssessmentWorkbookInput {
  const { detail, catalogue, scoring, assessment } = sources;
  const sheets = [questionnaireSheet(sources), scoringSheet(sources), agreementSheet(sources), certificationSheet(sources)];
  return {
    cover: {
      title: `Zertifizierungsgutachten – ${detail.municipalityName}`,
      lines: [
        ['Kommune / Kreis', `${detail.municipalityName} (${detail.kind === 'kreis' ? 'Kreis' : 'Kommune'})`],
        ['AGS', detail.ags],
        ['Bundesland', BUNDESLAENDER[detail.bundesland]],
        ['Verfahren', `${catalogue.name}, Version ${catalogue.version}`],
        ['Auditrunde', detail.auditRound === 'reaudit' ? 'Re-Audit' : 'Erstaudit'],
        ['Auditor/in', detail.auditor || '–'],
        ['Empfehlung', recommendationLabel(assessment.recommendation, termsOf(catalogue))],
        ['Zertifikat', assessment.certificate ? `vom ${formatGermanDate(assessment.certificate.date)}, gültig bis ${formatGermanDate(assessment.certificate.validUntil)}` : '–'],
        ['Gesamtwert Stärken/Schwächen', scoring.overall === null ? '–' : `${formatGermanDecimal(scoring.overall, 1)} von 100`],
        ['Begutachtung abgeschlossen', assessment.finalizedAt ? 'ja' : 'nein (Entwurf)'],
      ],
    },
    sheets,
    meta: [
      ['App-Version', sources.appVersion],
      ['Katalog-ID', catalogue.id],
      ['Katalog-Version', String(catalogue.version)],
      ['Exportiert am', sources.exportedAt],
      ['Auditfall-ID', detail.id],
      ['Prüfsumme (SHA-256)', contentChecksum(sheets)],
      ['Prüfsumme über', 'die Datenblätter IST-Analyse, Stärken-Schwächen, Zielvereinbarung und Zertifizierung (JSON aus Blattname, Spaltentiteln und Zeilen)'],
    ],
    chartPng: sources.chartPng,
  };
}
