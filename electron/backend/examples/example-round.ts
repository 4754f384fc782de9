import type { Question } from '../../../shared/catalogue/catalogue-schema';
import type { CaseDetail, MethodInput, MethodName, MethodOutput } from '../../../shared/contract';
import type { Invoke } from '../../../shared/contract/invoke';
import { addMonths, formatGermanDate, wholeMonthsBetween as wholeMonths } from '../../../shared/domain/dates';
import { AppError } from '../errors';
import { PRIORITIES } from '../../../shared/vocabulary/goals';
import { randomSource, type Random } from './random-source';
import { addParticipation, type PhaseSpan } from './example-participation';
import { examplePdf } from './example-pdf';
import { RESOLUTION_PLACES } from '../../../shared/evidence/document-places';
import { termsOf } from '../../../shared/catalogue/terminology';

const TEXTS = [
  'Die Verwaltung stimmt sich dazu regelmäßig mit den freien Trägern ab.',
  'Ein Konzept liegt vor und wird derzeit im Fachausschuss beraten.',
  'Bisher gibt es dafür keine feste Zuständigkeit; Einzelpersonen engagieren sich.',
  'Das Angebot wird gut angenommen, reicht aber in den Ortsteilen nicht aus.',
];
const STRENGTHS = ['Engagierte Vereine und Ehrenamtliche', 'Gute Zusammenarbeit der Fachbereiche', 'Verlässliche Betreuungsangebote', 'Kurze Wege im Rathaus'];
const WEAKNESSES = ['Zu wenige Plätze für Kinder unter drei Jahren', 'Angebote sind wenig bekannt', 'Keine Gesamtstrategie für Familien', 'Lücken im Nahverkehr am Abend'];
const UNITS = ['Jugendamt', 'Sozialamt', 'Schulverwaltung', 'Stadtplanung', 'Bürgermeisterbüro'];

/** A plausible answer for any question of a catalogue, inside its limits. */
function answerFor(question: Question, random: Random, asOf: string): number | string | string[] {
  switch (question.type) {
    case 'number': {
      const min = question.min ?? 0;
      return random.int(min, question.max ?? min + 5000);
    }
    case 'percent':
      return random.int(question.min ?? 0, question.max ?? 100);
    case 'currency':
      return random.int(Math.max(question.min ?? 0, 1000), question.max ?? 250_000);
    case 'yesPartlyNo':
      return random.pick(['ja', 'teilweise', 'nein']);
    case 'singleChoice':
      return random.pick(question.options).id;
    case 'multipleChoice': {
      const want = Math.max(question.minSelected ?? 1, 1);
      const most = Math.min(question.maxSelected ?? question.options.length, question.options.length);
      const count = random.int(Math.min(want, most), Math.max(Math.min(want + 1, most), Math.min(want, most)));
      return question.options.filter((_, index) => index < count).map((option) => option.id);
    }
    case 'date':
      return question.max && question.max < asOf ? question.max : question.min && question.min > addMonths(asOf, -24) ? question.min : addMonths(asOf, -random.int(3, 24));
    default:
      return random.pick(TEXTS).slice(0, question.maxLength);
  }
}

interface ExampleOptions {
  catalogueId: string;
  name: string;
  seed: number;
  /** The day the example is made; every date of the round lies before it, in the order the procedure needs. */
  today: string;
}

/**
 * A complete, plausible round of a procedure, made through the contract methods so that it obeys
 * every rule: phases dated, questionnaire answered, criteria rated with strengths and weaknesses,
 * the goal agreement adopted and amended once, the certificate granted and the round finalised,
 * the project group with its workshops and participation events, and two yearly reports filed.
 */
/** Where the example lies: a municipality of the procedure's Land, with a plausible official key. */
const DEFAULT_PLACE = { ags: '05711000', landkreis: '', auditor: 'Beispiel-Auditorin' };
const EXAMPLE_PLACES: Record<string, typeof DEFAULT_PLACE> = {
  'bw-managementverfahren': { ags: '08115003', landkreis: 'Böblingen', auditor: 'Beispiel-Prozessbegleiterin' },
};

export async function createExampleRound(invoke: Invoke, options: ExampleOptions): Promise<CaseDetail> {
  const call = async <M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> => {
    const result = await invoke(method, input);
    if (!result.ok) throw new AppError(result.error.code, `Das Beispiel konnte nicht angelegt werden (${method}): ${result.error.message}`, result.error.issues);
    return result.value;
  };
  const random = randomSource(options.seed);
  // Two yearly reports after the certificate, the last one a month ago.
  const certificate = addMonths(options.today, -25);
  const resolution = addMonths(certificate, -2);
  // Within the procedure's limits: about nine months from the mandate to the resolution.
  const start = addMonths(resolution, -9);
  const place = EXAMPLE_PLACES[options.catalogueId] ?? DEFAULT_PLACE;
  const created = await call('cases.create', { municipalityName: options.name, ags: place.ags, kind: 'kommune', landkreis: place.landkreis, catalogueId: options.catalogueId, population: 30_000 + random.int(0, 20_000), auditor: place.auditor, projectLead: { name: 'Frau Beispiel', role: 'Projektleitung', contact: 'familie@beispiel.de' }, motto: 'heute leben – morgen gestalten' });
  const caseId = created.id;

  // The phases on time, one after another: those before the certificate up to the resolution, the
  // certificate phase until the certificate, the phase after it (implementation) under way, and any
  // later one (the next round) planned.
  const catalogue = await call('catalogues.get', { id: created.catalogueId, version: created.catalogueVersion });
  const terms = termsOf(catalogue);
  const certificateIndex = catalogue.phases.findIndex((phase) => phase.key === catalogue.certificate.phase);
  const before = catalogue.phases.slice(0, certificateIndex);
  const months = wholeMonths(start, resolution);
  const spans = new Map<string, PhaseSpan>();
  for (const [index, phase] of catalogue.phases.entries()) {
    let dates: { begin: string; end: string | null; plannedEnd: string; started: boolean };
    if (index < certificateIndex) {
      const begin = addMonths(start, Math.floor((index * months) / before.length));
      const end = index === before.length - 1 ? resolution : addMonths(start, Math.floor(((index + 1) * months) / before.length));
      dates = { begin, end, plannedEnd: end, started: true };
    } else if (index === certificateIndex) {
      dates = { begin: resolution, end: certificate, plannedEnd: certificate, started: true };
    } else if (index === certificateIndex + 1) {
      dates = { begin: certificate, end: null, plannedEnd: addMonths(certificate, 36), started: true };
    } else {
      dates = { begin: addMonths(certificate, 30), end: null, plannedEnd: addMonths(certificate, 36), started: false };
    }
    if (dates.started) spans.set(phase.key, { begin: dates.begin, end: dates.end });
    await call('timeline.updatePhase', {
      caseId,
      phaseKey: phase.key,
      plannedStart: dates.begin,
      plannedEnd: dates.plannedEnd,
      actualStart: dates.started ? dates.begin : null,
      actualEnd: dates.end,
      note: '',
    });
  }

  const questionnaire = await call('questionnaire.get', { caseId });
  const asOf = addMonths(start, 2);
  for (const question of questionnaire.catalogue.sections.flatMap((section) => section.questions)) {
    const stichtag = (question.type === 'number' || question.type === 'percent' || question.type === 'currency') && question.stichtag;
    // A question repeating the case data keeps what the case says, as a real round would.
    const fromCase = questionnaire.caseData.find((entry) => entry.questionId === question.id)?.value ?? null;
    await call('questionnaire.saveAnswer', { caseId, questionId: question.id, value: fromCase ?? answerFor(question, random, asOf), referenceDate: stichtag ? asOf : null });
  }

  const scoring = await call('scoring.get', { caseId });
  for (const field of scoring.fields) {
    for (const criterion of field.criteria) await call('scoring.rate', { caseId, criterionId: criterion.id, value: random.int(1, 3), justification: 'Laut Fragebogen und Gesprächen im Rathaus.' });
    await call('scoring.addItem', { caseId, fieldId: field.id, kind: 'staerke', text: random.pick(STRENGTHS) });
    await call('scoring.addItem', { caseId, fieldId: field.id, kind: 'schwaeche', text: random.pick(WEAKNESSES) });
    await call('scoring.saveSummary', { caseId, fieldId: field.id, summary: `${field.name}: solide Basis, Handlungsbedarf bei der Abstimmung.` });
  }

  let agreement = await call('goals.get', { caseId });
  for (const field of agreement.fields) {
    agreement = await call('goals.addNode', { caseId, kind: 'strategic', parentId: field.id, title: `${field.name} stärken` });
    const strategic = agreement.fields.find((candidate) => candidate.id === field.id)!.strategicGoals.at(-1)!.id;
    for (const goalIndex of [1, 2]) {
      agreement = await call('goals.addNode', { caseId, kind: 'goal', parentId: strategic, title: `Ziel ${goalIndex} in ${field.code}` });
      const goal = agreement.fields.find((candidate) => candidate.id === field.id)!.strategicGoals.at(-1)!.goals.at(-1)!.id;
      for (const measureIndex of [1, 2]) {
        agreement = await call('goals.addMeasure', {
          caseId,
          goalId: goal,
          measure: {
            title: `Maßnahme ${measureIndex} zu Ziel ${goalIndex} (${field.code})`,
            responsibleUnit: random.pick(UNITS),
            startMonth: certificate.slice(0, 7),
            endMonth: addMonths(certificate, random.int(12, 30)).slice(0, 7),
            budget: random.int(1, 50) * 1000,
            priority: random.pick(PRIORITIES),
          },
        });
      }
    }
  }
  const drucksache = `DS ${resolution.slice(0, 4)}/0${random.int(10, 99)}`;
  await call('goals.adopt', { caseId, resolutionDate: resolution, drucksache });
  await call('evidence.add', {
    caseId,
    fileName: `beschluss-${drucksache.replace(/\W+/g, '-').toLowerCase()}.pdf`,
    contentBase64: examplePdf([`Auszug aus der Niederschrift, ${drucksache}`, `${options.name}, Sitzung vom ${formatGermanDate(resolution)}`, `Beschluss: ${terms.agreement} in der vorgelegten Fassung angenommen.`]).toString('base64'),
    title: `${terms.resolutionOfAgreement}, ${drucksache}`,
    documentDate: resolution,
    places: [RESOLUTION_PLACES.agreement],
  });
  const firstMeasure = agreement.fields[0]!.strategicGoals[0]!.goals[0]!.measures[0]!;
  await call('goals.updateMeasure', {
    caseId,
    measureId: firstMeasure.id,
    measure: { title: firstMeasure.title, responsibleUnit: firstMeasure.responsibleUnit, startMonth: firstMeasure.startMonth, endMonth: firstMeasure.endMonth, budget: (firstMeasure.budget ?? 0) + 5000, priority: firstMeasure.priority },
    amendment: { date: addMonths(resolution, 1), reason: 'Mehrkosten laut Haushaltsausschuss' },
  });

  await addParticipation(call, caseId, catalogue, spans, options.today, random);

  const assessment = await call('certification.get', { caseId });
  for (const criterion of assessment.criteria) await call('certification.rate', { caseId, criterionId: criterion.id, rating: 'erfuellt', justification: 'Im Audit belegt.' });
  await call('certification.decide', { caseId, override: null, conditions: [], certificateDate: certificate });
  await call('certification.finalize', { caseId });

  const measures = (await call('goals.get', { caseId })).fields.flatMap((field) => field.strategicGoals.flatMap((strategic) => strategic.goals.flatMap((goal) => goal.measures)));
  for (const year of [1, 2]) {
    await call('goals.saveReport', {
      caseId,
      year,
      reportDate: addMonths(certificate, 12 * year),
      comment: `Bericht zum Umsetzungsjahr ${year}`,
      entries: measures.map((measure, index) => ({ measureId: measure.id, status: year === 2 && index % 3 === 0 ? 'umgesetzt' : index % 5 === 4 ? 'verschoben' : 'begonnen', comment: '' })),
    });
  }
  return call('cases.get', { id: caseId });
}
