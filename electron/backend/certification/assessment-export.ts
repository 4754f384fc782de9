import type { Catalogue } from '../../../shared/catalogue/catalogue-schema';
import { decisionLabel, recommendationLabel } from '../../../shared/certification/recommendation';
import { roundLabel, termsOf, type Terminology } from '../../../shared/catalogue/terminology';
import type { Agreement, Assessment, CaseDetail, IdeaStore, MethodOutput, Participation, Questionnaire, Scoring } from '../../../shared/contract';
import { participationSheet } from './participation-sheet';
import { evidenceSheet } from './evidence-sheet';
import { CERTIFICATION_RATING_LABELS } from '../../../shared/contract';
import { PRIORITY_LABELS, STATUS_LABELS } from '../../../shared/goals/agreement';
import { ITEM_KIND_SINGULAR } from '../../../shared/vocabulary/scoring';
import { QUESTION_TYPE_LABELS } from '../../../shared/questionnaire/question-type-labels';
import { formatGermanDate } from '../../../shared/domain/dates';
import { formatGermanDecimal } from '../../../shared/domain/german-numbers';
import { describeAnswer } from '../../../shared/questionnaire/answer-text';
import { BUNDESLAENDER } from '../../../shared/domain/bundeslaender';
import { findingsText } from '../../../shared/certification/formal-checks';
import type { AssessmentWorkbookInput, DataCell, DataSheet } from '../xlsx/assessment-workbook';
import { checksumSheetsOf, CURRENT_CHECKSUM_METHOD, sheetsChecksum, signedText } from '../xlsx/assessment-checksum';
import { registerSheet } from './register-sheet';

interface ExportSources {
  detail: CaseDetail;
  catalogue: Catalogue;
  questionnaire: Questionnaire;
  scoring: Scoring;
  agreement: Agreement;
  assessment: Assessment;
  participation: Participation;
  ideas: IdeaStore;
  evidence: MethodOutput<'evidence.list'>;
  appVersion: string;
  exportedAt: string;
  chartPng: Buffer | null;
  /** Signs the canonical facts with the installation's key. */
  sign: (text: string) => ExportSignature;
}

export interface ExportSignature {
  signature: string;
  publicKey: string;
  fingerprint: string;
}

const monthDate = (month: string | null): DataCell => (month ? { date: `${month}-01` } : null);
const CATEGORY_LABELS = { inhaltlich: 'inhaltlich', governance: 'Governance', formal: 'formal' } as const;
/** Enough findings per formal check for the association to see what is missing, far below a cell's 32 767 characters. */
const FINDINGS_IN_WORKBOOK = 20;

function questionnaireSheet({ questionnaire, catalogue }: ExportSources, terms: Terminology): DataSheet {
  const answers = new Map(questionnaire.answers.map((answer) => [answer.questionId, answer]));
  const groupName = new Map([...catalogue.fields.map((field) => [field.id, field.name] as const), ...catalogue.modules.map((module) => [module.id, module.name] as const)]);
  return {
    name: 'IST-Analyse',
    columns: [
      { title: 'Feld-ID', width: 10, kind: 'text' },
      { title: 'Feld', width: 30, kind: 'text' },
      { title: 'Frage-ID', width: 26, kind: 'text' },
      { title: 'Frage', width: 60, kind: 'text' },
      { title: 'Fragetyp', width: 18, kind: 'text' },
      { title: 'Fragetyp-ID', width: 14, kind: 'text' },
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
          QUESTION_TYPE_LABELS[question.type],
          question.type,
          question.required ? 'ja' : 'nein',
          typeof value === 'number' ? value : null,
          question.type === 'date' && typeof value === 'string' ? { date: value } : null,
          value === null || typeof value === 'number' || question.type === 'date' ? null : describeAnswer(question, value),
          question.type === 'number' ? (question.unit ?? '') : question.type === 'percent' ? '%' : question.type === 'currency' ? 'EUR' : '',
          answer?.referenceDate ? { date: answer.referenceDate } : null,
          answer ? (answer.source === 'rathaus' ? 'Rathaus' : terms.auditor) : '',
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
      { title: 'Nr.', width: 8, kind: 'text' },
      { title: 'Text', width: 60, kind: 'text' },
      { title: 'Gewicht', width: 9, kind: 'number' },
      { title: 'Bewertung', width: 10, kind: 'number' },
      { title: 'Wert 0–100', width: 11, kind: 'score' },
      { title: 'Begründung', width: 40, kind: 'text' },
      { title: 'Eintrags-ID', width: 30, kind: 'text' },
    ],
    rows: scoring.fields.flatMap((field): DataCell[][] => [
      [field.id, field.name, 'Feldwert', field.code, `${field.rated} von ${field.total} Kriterien bewertet`, null, null, field.score, field.summary, field.id],
      ...field.criteria.map((criterion, index): DataCell[] => [
        field.id,
        field.name,
        'Kriterium',
        String(index + 1),
        criterion.text,
        criterion.weight,
        criterion.rating?.value ?? null,
        criterion.score,
        criterion.rating?.notRatable ? 'nicht bewertbar' : (criterion.rating?.justification ?? ''),
        criterion.id,
      ]),
      ...field.items.map((item): DataCell[] => {
        const sameKind = field.items.filter((candidate) => candidate.kind === item.kind);
        return [field.id, field.name, ITEM_KIND_SINGULAR[item.kind], String(sameKind.indexOf(item) + 1), item.text, null, null, null, '', item.id];
      }),
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
      { title: 'Maßnahmen-ID', width: 38, kind: 'text' },
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
            measure.priority ? PRIORITY_LABELS[measure.priority] : '',
            STATUS_LABELS[measure.status],
            measure.late ? 'ja' : 'nein',
            measure.id,
          ]),
        ),
      ),
    ),
  };
}

function certificationSheet({ assessment }: ExportSources, terms: Terminology): DataSheet {
  return {
    name: 'Zertifizierung',
    columns: [
      { title: 'Art', width: 16, kind: 'text' },
      { title: 'Kategorie', width: 14, kind: 'text' },
      { title: 'Text', width: 60, kind: 'text' },
      { title: 'Ergebnis', width: 22, kind: 'text' },
      { title: 'Begründung', width: 50, kind: 'text' },
      { title: 'Vorschlag aus Prüfung', width: 20, kind: 'text' },
      { title: 'Widerspruch zur Prüfung', width: 50, kind: 'text' },
      { title: 'Kennung', width: 28, kind: 'text' },
      { title: 'Ergebnis-ID', width: 22, kind: 'text' },
    ],
    rows: [
      ...assessment.criteria.map((criterion): DataCell[] => [
        'Kriterium',
        CATEGORY_LABELS[criterion.category],
        criterion.text,
        criterion.rating ? CERTIFICATION_RATING_LABELS[criterion.rating] : 'nicht bewertet',
        criterion.justification,
        criterion.proposedRating ? CERTIFICATION_RATING_LABELS[criterion.proposedRating] : '',
        criterion.deviation ? `${criterion.deviation} ${criterion.deviationJustified ? '(begründet)' : '(nicht begründet)'}` : '',
        criterion.id,
        criterion.rating ?? '',
      ]),
      ...assessment.checks.map((check): DataCell[] => [
        'Formale Prüfung',
        'formal',
        check.label,
        check.passed ? 'bestanden' : 'offen',
        findingsText(check.details, FINDINGS_IN_WORKBOOK),
        '',
        '',
        check.id,
        check.passed ? 'bestanden' : 'offen',
      ]),
      [
        assessment.finalizedAt ? 'Entscheidung' : 'Empfehlung',
        assessment.override ? 'abweichend festgelegt' : 'berechnet',
        recommendationLabel(assessment.recommendation, terms),
        recommendationLabel(assessment.recommendation, terms),
        assessment.override?.reason ?? assessment.computed.reasons.join('; '),
        '',
        '',
        'empfehlung',
        assessment.recommendation,
      ],
      ...assessment.conditions.map((condition, index): DataCell[] => ['Auflage', '', condition, '', '', '', '', `auflage-${index + 1}`, '']),
    ],
  };
}

/** Everything the association receives about one audit round, as cover, data sheets and metadata. */
export function assessmentWorkbookInput(sources: ExportSources): AssessmentWorkbookInput {
  const { detail, catalogue, scoring, assessment, agreement } = sources;
  const terms = termsOf(catalogue);
  const sheets = [questionnaireSheet(sources, terms), scoringSheet(sources), agreementSheet(sources), certificationSheet(sources, terms), participationSheet(catalogue, sources.participation, sources.ideas, agreement), evidenceSheet(sources.evidence), registerSheet(sources)];
  const checksum = sheetsChecksum(checksumSheetsOf(sheets), CURRENT_CHECKSUM_METHOD);
  const facts = { appVersion: sources.appVersion, catalogueId: catalogue.id, catalogueVersion: String(catalogue.version), caseId: detail.id, exportedAt: sources.exportedAt, checksumMethod: CURRENT_CHECKSUM_METHOD, checksum };
  const signed = sources.sign(signedText(facts));
  const conditions: [string, string][] = assessment.conditions.map((condition, index) => [index === 0 ? 'Auflagen' : '', `${index + 1}. ${condition}`]);
  return {
    cover: {
      title: `${terms.assessmentWorkbook} – ${detail.municipalityName}`,
      lines: [
        ['Kommune / Kreis', `${detail.municipalityName} (${detail.kind === 'kreis' ? 'Kreis' : 'Kommune'})`],
        ['AGS', detail.ags],
        ['Bundesland', BUNDESLAENDER[detail.bundesland]],
        ['Verfahren', `${catalogue.name}, Version ${catalogue.version}`],
        ['Runde', roundLabel(terms, detail.auditRound)],
        [terms.auditor, detail.auditor || '–'],
        [terms.resolutionOfAgreement, agreement.adopted ? `vom ${formatGermanDate(agreement.adopted.resolutionDate)}, Drucksache ${agreement.adopted.drucksache}` : 'noch nicht gefasst'],
        assessment.finalizedAt ? ['Entscheidung', decisionLabel(assessment.recommendation, terms)] : ['Empfehlung (Entwurf)', recommendationLabel(assessment.recommendation, terms)],
        ...(conditions.length > 0 ? conditions : [['Auflagen', 'keine'] as [string, string]]),
        [terms.certificate, assessment.certificate ? `vom ${formatGermanDate(assessment.certificate.date)}, gültig bis ${formatGermanDate(assessment.certificate.validUntil)}` : '–'],
        ['Gesamtwert Stärken/Schwächen', scoring.overall === null ? '–' : `${formatGermanDecimal(scoring.overall, 1)} von 100`],
        [`${terms.assessment} abgeschlossen`, assessment.finalizedAt ? 'ja' : 'nein (Entwurf)'],
      ],
    },
    sheets,
    meta: [
      ['App-Version', sources.appVersion],
      ['Katalog-ID', catalogue.id],
      ['Katalog-Version', String(catalogue.version)],
      ['Exportiert am', sources.exportedAt],
      ['Auditfall-ID', detail.id],
      ['Prüfsummen-Verfahren', CURRENT_CHECKSUM_METHOD],
      ['Datenblätter', sheets.map((sheet) => sheet.name).join('; ')],
      ['Prüfsumme (SHA-256)', checksum],
      ['Prüfsumme über', 'die Werte der Datenblätter (Blattname, Spaltentitel, Zeilen); ein unverändert neu gespeicherter Stand behält sie'],
      ['Signatur (Ed25519)', signed.signature],
      ['Schlüssel-Fingerabdruck (SHA-256)', signed.fingerprint],
      ['Öffentlicher Schlüssel (Ed25519)', signed.publicKey],
    ],
    chartPng: sources.chartPng,
  };
}
