import { describe, expect, it } from 'vitest';
import { analyzeTimeline, currentPhaseKey, missedDeadlines, phaseState, validatePhaseDates, type PhaseDates } from '../../shared/domain/timeline';
import { catalogueSchema } from '../../shared/catalogue/catalogue-schema';
import auditCatalogue from '../../resources/catalogues/audit-familiengerechte-kommune.v4.json' with { type: 'json' };

const PROCEDURE = catalogueSchema.parse(auditCatalogue);

const TODAY = '2026-06-15';

function phase(key: string, dates: Partial<Omit<PhaseDates, 'key'>> = {}): PhaseDates {
  return { key, plannedStart: null, plannedEnd: null, actualStart: null, actualEnd: null, ...dates };
}

describe('phaseState', () => {
  it.each([
    [{}, 'offen'],
    [{ plannedStart: '2026-01-01', plannedEnd: '2026-02-01' }, 'offen'],
    [{ actualStart: '2026-01-01' }, 'laufend'],
    [{ actualStart: '2026-01-01', actualEnd: '2026-02-01' }, 'abgeschlossen'],
  ] as const)('%j → %s', (dates, expected) => {
    expect(phaseState(phase('x', dates))).toBe(expected);
  });
});

describe('currentPhaseKey', () => {
  it.each([
    { name: 'nothing started: the first phase is next', phases: [phase('a'), phase('b')], expected: 'a' },
    {
      name: 'a running phase wins over an earlier open one',
      phases: [phase('a'), phase('b', { actualStart: '2026-01-01' })],
      expected: 'b',
    },
    {
      name: 'after a finished phase the next open one',
      phases: [phase('a', { actualStart: '2026-01-01', actualEnd: '2026-02-01' }), phase('b')],
      expected: 'b',
    },
    {
      name: 'everything finished',
      phases: [phase('a', { actualStart: '2026-01-01', actualEnd: '2026-02-01' })],
      expected: null,
    },
    {
      name: 'an earlier phase never ended does not hold back a later one that has begun',
      phases: [phase('a', { actualStart: '2026-01-01' }), phase('b', { actualStart: '2026-03-01', actualEnd: '2026-04-01' }), phase('c', { actualStart: '2026-04-01' }), phase('d')],
      expected: 'c',
    },
    {
      name: 'after the furthest finished phase the next one, even with gaps before it',
      phases: [phase('a'), phase('b', { actualStart: '2026-03-01', actualEnd: '2026-04-01' }), phase('c')],
      expected: 'c',
    },
  ])('$name', ({ phases, expected }) => {
    expect(currentPhaseKey(phases)).toBe(expected);
  });
});

describe('validatePhaseDates', () => {
  const empty = { plannedStart: null, plannedEnd: null, actualStart: null, actualEnd: null };
  it.each([
    { dates: empty, errors: {} },
    { dates: { ...empty, plannedStart: '2026-02-01', plannedEnd: '2026-01-01' }, errors: { plannedEnd: expect.stringMatching(/vor dem geplanten Beginn/) } },
    { dates: { ...empty, actualEnd: '2026-01-01' }, errors: { actualStart: expect.stringMatching(/tatsächlichen Beginn/) } },
    { dates: { ...empty, actualStart: '2026-02-01', actualEnd: '2026-01-01' }, errors: { actualEnd: expect.stringMatching(/vor dem tatsächlichen Beginn/) } },
    { dates: { ...empty, actualStart: '2026-02-01', actualEnd: '2026-02-01' }, errors: {} },
  ])('$dates', ({ dates, errors }) => {
    expect(validatePhaseDates(dates)).toEqual(errors);
  });
});

describe('analyzeTimeline warnings', () => {
  it.each([
    { name: 'no dates, no warnings', phases: [], messages: [] },
    {
      name: 'Beteiligungsphase running for more than 3 months',
      phases: [phase('beteiligung', { actualStart: '2026-02-01' })],
      messages: ['Beteiligungsphase dauert bereits 4 Monate – vorgesehen sind höchstens 3 Monate.'],
    },
    {
      name: 'Beteiligungsphase running for exactly 3 months is fine',
      phases: [phase('beteiligung', { actualStart: '2026-03-15' })],
      messages: [],
    },
    {
      name: 'Ziel- & Maßnahmendefinition finished late',
      phases: [phase('ziele-massnahmen', { actualStart: '2025-01-01', actualEnd: '2025-05-10' })],
      messages: ['Ziel- & Maßnahmendefinition dauerte 4 Monate – vorgesehen sind höchstens 3 Monate.'],
    },
    {
      name: 'Beteiligungsphase planned too long',
      phases: [phase('beteiligung', { plannedStart: '2026-07-01', plannedEnd: '2026-11-30' })],
      messages: ['Beteiligungsphase ist länger als 3 Monate geplant.'],
    },
    {
      name: 'planned end passed without an actual end',
      phases: [phase('ist-analyse', { plannedStart: '2026-01-01', plannedEnd: '2026-05-31', actualStart: '2026-01-10' })],
      messages: ['Erhebung Status quo / IST-Analyse: geplantes Ende 31.05.2026 ist überschritten.'],
    },
    {
      name: 'the audit runs over 12 months',
      phases: [phase('start-mandat', { actualStart: '2025-05-01', actualEnd: '2025-06-01' })],
      messages: ['Die Runde dauert bereits 13 Monate – vorgesehen sind höchstens 12 Monate.'],
    },
    {
      name: 'the audit finished within 12 months',
      phases: [
        phase('start-mandat', { actualStart: '2025-01-01', actualEnd: '2025-02-01' }),
        phase('zertifizierung', { actualStart: '2025-11-01', actualEnd: '2025-12-20' }),
      ],
      messages: [],
    },
    {
      name: 'the certificate has expired',
      phases: [phase('zertifizierung', { actualStart: '2023-01-01', actualEnd: '2023-03-01' })],
      messages: ['Zertifikat abgelaufen seit 01.03.2026 (gültig 3 Jahre).'],
    },
    {
      name: 'the certificate expires within six months',
      phases: [phase('zertifizierung', { actualStart: '2023-06-01', actualEnd: '2023-10-01' })],
      messages: ['Zertifikat gültig bis 01.10.2026 – Re-Audit rechtzeitig planen.'],
    },
    {
      name: 'a planned start that passed without the phase starting',
      phases: [phase('beteiligung', { plannedStart: '2026-06-01', plannedEnd: '2026-08-01' })],
      messages: ['Beteiligungsphase: geplanter Beginn 01.06.2026 ist verstrichen, die Phase hat noch nicht begonnen.'],
    },
    {
      name: 'implementation longer than 3 years',
      phases: [phase('umsetzung', { actualStart: '2023-01-01' })],
      messages: ['Umsetzung dauert bereits 41 Monate – vorgesehen sind höchstens 3 Jahre.'],
    },
  ])('$name', ({ phases, messages }) => {
    const analysis = analyzeTimeline(PROCEDURE, phases, TODAY);
    // The phases these rows leave empty before a started one are data gaps, tested below.
    expect(analysis.warnings.filter((warning) => warning.kind !== 'daten-fehlen').map((warning) => warning.message)).toEqual(messages);
  });

  it('reports every phase of the procedure in order, with the certificate validity', () => {
    const analysis = analyzeTimeline(PROCEDURE, [phase('zertifizierung', { actualStart: '2026-01-01', actualEnd: '2026-03-01' })], TODAY);
    expect(analysis.phases.map((status) => status.key)).toEqual(PROCEDURE.phases.map((definition) => definition.key));
    expect(analysis.certificateValidUntil).toBe('2029-03-01');
    expect(analysis.currentPhaseKey).toBe('umsetzung');
  });

  it('names the missed deadlines, the same ones the formal check counts, and not the certificate notices', () => {
    const analysis = analyzeTimeline(
      PROCEDURE,
      [
        phase('zertifizierung', { actualStart: '2023-01-01', actualEnd: '2023-03-01' }),
        phase('umsetzung', { plannedEnd: '2026-03-01' }),
        phase('re-audit', { plannedStart: '2026-01-15' }),
      ],
      TODAY,
    );
    expect(missedDeadlines(analysis.warnings)).toEqual([
      expect.stringMatching(/geplantes Ende 01\.03\.2026 ist überschritten/),
      expect.stringMatching(/geplanter Beginn 15\.01\.2026 ist verstrichen/),
    ]);
    expect(analysis.warnings.map((warning) => warning.kind)).toContain('zertifikat');
  });

  it.each([
    {
      name: 'after the certificate the earlier phases left open are data gaps, not overdue',
      phases: [
        phase('ist-analyse', { plannedStart: '2025-01-01', plannedEnd: '2025-03-01', actualStart: '2025-01-10' }),
        phase('beteiligung', { plannedStart: '2025-04-01', plannedEnd: '2025-05-01' }),
        phase('zertifizierung', { actualStart: '2025-09-01', actualEnd: '2025-10-01' }),
        phase('umsetzung', { actualStart: '2025-10-01' }),
      ],
      current: 'umsetzung',
      gaps: [
        'Start & Mandat: Beginn und Ende fehlen, obwohl „Umsetzung“ schon begonnen hat.',
        'Erhebung Status quo / IST-Analyse: das tatsächliche Ende fehlt, obwohl „Umsetzung“ schon begonnen hat.',
        'Analyse & Strategieentwicklung: Beginn und Ende fehlen, obwohl „Umsetzung“ schon begonnen hat.',
        'Beteiligungsphase: Beginn und Ende fehlen, obwohl „Umsetzung“ schon begonnen hat.',
        'Ziel- & Maßnahmendefinition: Beginn und Ende fehlen, obwohl „Umsetzung“ schon begonnen hat.',
        'Ratsbeschluss Zielvereinbarung: Beginn und Ende fehlen, obwohl „Umsetzung“ schon begonnen hat.',
      ],
    },
    {
      name: 'nothing begun: no gaps',
      phases: [phase('ist-analyse', { plannedStart: '2026-01-01', plannedEnd: '2026-03-01' })],
      current: 'start-mandat',
      gaps: [],
    },
  ])('$name', ({ phases, current, gaps }) => {
    const analysis = analyzeTimeline(PROCEDURE, phases, TODAY);
    expect(analysis.currentPhaseKey).toBe(current);
    expect(analysis.warnings.filter((warning) => warning.kind === 'daten-fehlen').map((warning) => warning.message)).toEqual(gaps);
    if (gaps.length > 0) {
      expect(missedDeadlines(analysis.warnings)).toEqual([]);
      expect(analysis.phases.filter((status) => status.overdue)).toEqual([]);
    }
  });

  it('marks a phase overdue only while it has not ended', () => {
    const analysis = analyzeTimeline(
      PROCEDURE,
      [
        phase('start-mandat', { plannedEnd: '2026-01-01', actualStart: '2025-12-01', actualEnd: '2026-02-01' }),
        phase('ist-analyse', { plannedEnd: '2026-03-01' }),
      ],
      TODAY,
    );
    expect(analysis.phases.slice(0, 2).map((status) => status.overdue)).toEqual([false, true]);
  });
});

describe('certificate warnings in the procedure’s words', () => {
  it('names the Qualitätssiegel and the Fortschreibung of a Managementverfahren', () => {
    const words = { ...PROCEDURE, terminology: { certificate: 'Qualitätssiegel', nextRound: 'Fortschreibung' } };
    const analysis = analyzeTimeline(words, [{ key: 'zertifizierung', plannedStart: null, plannedEnd: null, actualStart: '2023-06-01', actualEnd: '2023-10-01' }], TODAY);
    expect(analysis.warnings.filter((warning) => warning.kind === 'zertifikat').map((warning) => warning.message)).toEqual(['Qualitätssiegel gültig bis 01.10.2026 – Fortschreibung rechtzeitig planen.']);
  });
});
