import { describe, expect, it } from 'vitest';
import { findingsText, formalChecks, type FormalCheckDetail, type FormalCheckInput } from '../../shared/certification/formal-checks';
import { decisionLabel, recommend, recommendationLabel, type RatedCriterion } from '../../shared/certification/recommendation';
import { AUDIT_TERMS, termsOf } from '../../shared/catalogue/terminology';
import { shippedCatalogue } from '../helpers/catalogues';

const complete: FormalCheckInput = {
  fields: [
    { id: 'hf1', name: 'Steuerung' },
    { id: 'hf2', name: 'Betreuung' },
  ],
  resolution: { date: '2026-03-01', drucksache: 'DS 1' },
  goals: [
    { id: 'g1', number: '1.1', title: 'Bericht', fieldId: 'hf1', measureCount: 1 },
    { id: 'g2', number: '2.1', title: 'Plätze', fieldId: 'hf2', measureCount: 2 },
  ],
  measures: [
    { id: 'm1', number: '1.1.1', title: 'Beauftragen', responsibleUnit: 'Sozialamt', startMonth: '2026-01', endMonth: '2026-06', budget: 12000, priority: 'hoch' },
    { id: 'm2', number: '2.1.1', title: 'Kita', responsibleUnit: 'Jugendamt', startMonth: '2026-03', endMonth: '2027-12', budget: 0, priority: 'mittel' },
  ],
  missingRequiredQuestions: [],
  ratedCriteria: [
    { fieldId: 'hf1', rated: 3 },
    { fieldId: 'hf2', rated: 1 },
  ],
  overrunWarnings: [],
  participation: { citizenFormats: ['Zukunftswerkstatt', 'Bürgerbefragung'], citizenEventsHeld: 1 },
  resolutionDocuments: 1,
};

function failing(input: FormalCheckInput) {
  return formalChecks(input)
    .filter((entry) => !entry.passed)
    .map((entry) => [entry.id, entry.details.map((detail) => detail.text)]);
}

describe('formalChecks', () => {
  it('passes a complete case', () => {
    expect(failing(complete)).toEqual([]);
  });

  it.each<[string, Partial<FormalCheckInput>, [string, string[]][]]>([
    ['no council resolution', { resolution: null }, [['ratsbeschluss', ['Ratsbeschluss: Datum und Drucksache sind nicht erfasst.']]]],
    ['a field without a goal', { goals: [complete.goals[0]!] }, [['felder-abgedeckt', ['Betreuung: kein Ziel']]]],
    ['a goal without measures', { goals: [complete.goals[0]!, { ...complete.goals[1]!, measureCount: 0 }] }, [['ziele-mit-massnahmen', ['Ziel 2.1 „Plätze“: keine Maßnahme']]]],
    [
      'a measure without owner and end',
      { measures: [{ ...complete.measures[0]!, responsibleUnit: ' ', endMonth: null }] },
      [['massnahmen-vollstaendig', ['Maßnahme 1.1.1 „Beauftragen“: Zuständigkeit, Zeitrahmen fehlt']]],
    ],
    [
      'a measure without a budget, which the criterion demands',
      { measures: [complete.measures[0]!, { ...complete.measures[1]!, budget: null }] },
      [['massnahmen-vollstaendig', ['Maßnahme 2.1.1 „Kita“: Budget fehlt']]],
    ],
    [
      'no goals at all: an empty premise is no pass',
      { goals: [], measures: [] },
      [
        ['felder-abgedeckt', ['Steuerung: kein Ziel', 'Betreuung: kein Ziel']],
        ['ziele-mit-massnahmen', ['Es gibt noch kein Ziel.']],
        ['massnahmen-vollstaendig', ['Es gibt noch keine Maßnahme.']],
      ],
    ],
    ['a required question unanswered', { missingRequiredQuestions: [{ id: 'q.kita', text: 'Anzahl Kita-Plätze', fieldId: 'hf2' }] }, [['fragebogen-vollstaendig', ['Betreuung: Anzahl Kita-Plätze']]]],
    ['a field without rated criteria', { ratedCriteria: [{ fieldId: 'hf1', rated: 2 }] }, [['staerken-schwaechen', ['Betreuung: keine Bewertung']]]],
    ['a phase over its limit', { overrunWarnings: ['Beteiligungsphase dauerte 5 Monate'] }, [['fristen', ['Beteiligungsphase dauerte 5 Monate']]]],
    ['an overdue phase', { overrunWarnings: ['IST-Analyse: geplantes Ende 01.03.2026 ist überschritten.'] }, [['fristen', ['IST-Analyse: geplantes Ende 01.03.2026 ist überschritten.']]]],
    [
      'no citizens’ event held',
      { participation: { citizenFormats: ['Zukunftswerkstatt', 'Bürgerbefragung'], citizenEventsHeld: 0 } },
      [['beteiligung-buerger', ['Keine Veranstaltung mit Bürgerinnen und Bürgern (Zukunftswerkstatt, Bürgerbefragung) mit Datum und Teilnehmenden erfasst.']]],
    ],
    ['no document attached to the resolution', { resolutionDocuments: 0 }, [['beschluss-dokument', ['Ratsbeschluss: Es ist kein Dokument des Beschlusses angehängt.']]]],
    [
      'neither the resolution nor its document: both are reported',
      { resolution: null, resolutionDocuments: 0 },
      [
        ['ratsbeschluss', ['Ratsbeschluss: Datum und Drucksache sind nicht erfasst.']],
        ['beschluss-dokument', ['Ratsbeschluss: Es ist kein Dokument des Beschlusses angehängt.']],
      ],
    ],
    ['a catalogue without a citizens’ format', { participation: { citizenFormats: [], citizenEventsHeld: 0 } }, [['beteiligung-buerger', ['Der Katalog nennt kein Format mit Bürgerinnen und Bürgern.']]]],
  ])('finds %s', (_label, change, expected) => {
    expect(failing({ ...complete, ...change })).toEqual(expected);
  });

  it('leaves the participation check out where the catalogue does not ask for it', () => {
    expect(formalChecks(complete).map((entry) => entry.id)).toContain('beteiligung-buerger');
    expect(formalChecks({ ...complete, participation: null }).map((entry) => entry.id)).not.toContain('beteiligung-buerger');
  });

  it.each<[string, Partial<FormalCheckInput>, boolean]>([
    ['asked for, with a document', { resolutionDocuments: 1 }, true],
    ['asked for, with several documents', { resolutionDocuments: 3 }, true],
    ['asked for, without a document', { resolutionDocuments: 0 }, true],
    ['not asked for by the catalogue edition', { resolutionDocuments: null }, false],
  ])('shows the resolution document check when %s', (_label, change, shown) => {
    expect(formalChecks({ ...complete, ...change }).some((entry) => entry.id === 'beschluss-dokument')).toBe(shown);
  });

  it('lists every finding, however many there are', () => {
    const many = Array.from({ length: 11 }, (_, index) => ({ id: `q${index}`, text: `Frage ${index}`, fieldId: 'hf1' }));
    const result = formalChecks({ ...complete, missingRequiredQuestions: many }).find((entry) => entry.id === 'fragebogen-vollstaendig')!;
    expect(result.details.map((detail) => detail.text)).toEqual(many.map((question) => `Steuerung: ${question.text}`));
  });

  it.each<[string, Partial<FormalCheckInput>, FormalCheckDetail['target']]>([
    ['a missing resolution to the resolution form', { resolution: null }, { element: 'beschluss' }],
    ['a field without goals to that field’s goals', { goals: [complete.goals[0]!], measures: [complete.measures[0]!] }, { element: 'ziele-feld-hf2' }],
    ['a goal without measures to that goal', { goals: [{ ...complete.goals[0]!, measureCount: 0 }, complete.goals[1]!] }, { element: 'ziel-g1' }],
    ['an incomplete measure to that measure', { measures: [{ ...complete.measures[0]!, budget: null }, complete.measures[1]!] }, { element: 'massnahme-m1' }],
    ['an unanswered question to its field page and the question', { missingRequiredQuestions: [{ id: 'q.kita', text: 'Kita', fieldId: 'hf2' }] }, { group: 'hf2', element: 'frage-q.kita' }],
    ['an unrated field to its scoring page', { ratedCriteria: [{ fieldId: 'hf1', rated: 2 }] }, { group: 'hf2', element: 'bewertung-kriterien' }],
    ['an overrun to the timeline', { overrunWarnings: ['x'] }, { element: 'zeitplan' }],
    ['a resolution without its document to the resolution', { resolutionDocuments: 0 }, { element: 'beschluss' }],
  ])('leads %s', (_label, change, target) => {
    const found = formalChecks({ ...complete, ...change }).filter((entry) => !entry.passed);
    expect(found.flatMap((entry) => entry.details.map((detail) => detail.target))).toEqual([target]);
  });
});

describe('recommend', () => {
  const c = (category: RatedCriterion['category'], rating: RatedCriterion['rating'], text = `${category}-${String(rating)}`): RatedCriterion => ({ id: text, category, text, rating });
  const passedChecks = formalChecks(complete);

  it.each<[string, RatedCriterion[], Partial<FormalCheckInput>, string, RegExp]>([
    ['everything fulfilled', [c('inhaltlich', 'erfuellt'), c('governance', 'erfuellt'), c('formal', 'nicht_anwendbar')], {}, 'erteilen', /Alle Kriterien/],
    ['no council resolution, whatever else', [c('inhaltlich', 'erfuellt')], { resolution: null }, 'noch_nicht_erteilen', /Ratsbeschluss/],
    ['an unrated criterion', [c('inhaltlich', 'erfuellt'), c('governance', null)], {}, 'noch_nicht_erteilen', /unvollständig: 1 Kriterium ohne Bewertung/],
    ['a governance criterion not fulfilled', [c('inhaltlich', 'erfuellt'), c('governance', 'nicht_erfuellt', 'Verbindliche Beschlüsse')], {}, 'noch_nicht_erteilen', /Nicht erfüllt: Verbindliche Beschlüsse/],
    ['a content criterion partly fulfilled', [c('inhaltlich', 'teilweise', 'Qualität der Zielvereinbarung'), c('governance', 'erfuellt')], {}, 'erteilen_mit_auflagen', /Teilweise erfüllt: Qualität/],
    ['a formal criterion not fulfilled', [c('inhaltlich', 'erfuellt'), c('formal', 'nicht_erfuellt', 'Dokumentation')], {}, 'erteilen_mit_auflagen', /Formal nicht erfüllt: Dokumentation/],
    ['a failed formal check', [c('inhaltlich', 'erfuellt')], { overrunWarnings: ['Audit dauerte 14 Monate'] }, 'erteilen_mit_auflagen', /Formale Prüfung offen: Die Phasen liegen in ihren Fristen/],
  ])('%s', (_label, criteria, change, recommendation, reason) => {
    const checks = Object.keys(change).length > 0 ? formalChecks({ ...complete, ...change }) : passedChecks;
    const result = recommend(criteria, checks);
    expect(result.recommendation).toBe(recommendation);
    expect(result.reasons.join('\n')).toMatch(reason);
  });

  it('suggests one condition per finding', () => {
    const result = recommend([c('inhaltlich', 'teilweise', 'Angebote'), c('formal', 'nicht_erfuellt', 'Dokumentation')], formalChecks({ ...complete, overrunWarnings: ['x'] }));
    expect(result.suggestedConditions).toEqual(['Vollständig erfüllen: Angebote', 'Nachholen: Dokumentation', 'Nachholen: Die Phasen liegen in ihren Fristen']);
  });
});

describe('in the procedure’s words', () => {
  const bw = termsOf(shippedCatalogue('bw'));
  it.each([
    ['the resolution check', () => formalChecks({ ...complete, resolution: null }, bw).find((entry) => entry.id === 'ratsbeschluss'), { label: 'Gemeinderatsbeschluss zum Handlungskonzept liegt vor', details: [{ text: 'Gemeinderatsbeschluss: Datum und Drucksache sind nicht erfasst.', target: { element: 'beschluss' } }] }],
    [
      'the resolution document check',
      () => formalChecks({ ...complete, resolutionDocuments: 0 }, bw).find((entry) => entry.id === 'beschluss-dokument'),
      { label: 'Gemeinderatsbeschluss zum Handlungskonzept liegt als Dokument vor', details: [{ text: 'Gemeinderatsbeschluss: Es ist kein Dokument des Beschlusses angehängt.', target: { element: 'beschluss' } }] },
    ],
    ['the questionnaire check', () => formalChecks(complete, bw).find((entry) => entry.id === 'fragebogen-vollstaendig'), { label: 'Alle Pflichtfragen der Bilanz („Wo stehen wir?“) sind beantwortet' }],
    ['the missing resolution as the reason', () => recommend([], formalChecks({ ...complete, resolution: null }, bw), bw), { reasons: ['Gemeinderatsbeschluss zum Handlungskonzept fehlt – Voraussetzung für das Qualitätssiegel.'] }],
  ] as const)('%s', (_name, result, expected) => {
    expect(result()).toMatchObject(expected);
  });

  it.each([
    ['erteilen', 'Qualitätssiegel erteilen'],
    ['erteilen_mit_auflagen', 'Qualitätssiegel erteilen mit Auflagen'],
    ['noch_nicht_erteilen', 'Qualitätssiegel noch nicht erteilen'],
  ] as const)('%s → %s', (recommendation, label) => {
    expect(recommendationLabel(recommendation, bw)).toBe(label);
    expect(recommendationLabel(recommendation, AUDIT_TERMS)).toBe(label.replace('Qualitätssiegel', 'Zertifikat'));
  });

  it.each([
    ['erteilen', 'Qualitätssiegel erteilt'],
    ['erteilen_mit_auflagen', 'Qualitätssiegel mit Auflagen erteilt'],
    ['noch_nicht_erteilen', 'Qualitätssiegel noch nicht erteilt'],
  ] as const)('the decision %s reads “%s”', (recommendation, label) => {
    expect(decisionLabel(recommendation, bw)).toBe(label);
  });
});

describe('findingsText', () => {
  const findings = (count: number): FormalCheckDetail[] => Array.from({ length: count }, (_, index) => ({ text: `F${index + 1}`, target: null }));
  it.each([
    [0, 3, ''],
    [2, 3, 'F1; F2'],
    [3, 3, 'F1; F2; F3'],
    [4, 3, 'F1; F2; F3 – und 1 weitere'],
    [10, 2, 'F1; F2 – und 8 weitere'],
  ])('%i findings, at most %i named: “%s”', (count, limit, text) => {
    expect(findingsText(findings(count), limit)).toBe(text);
  });
});
