import { describe, expect, it } from 'vitest';
import { canChange, eventPart, lockReason, phasePart, ROUND_PARTS, roundStateOf, type RoundPart, type RoundState } from '../../shared/domain/round-state';
import { shippedCatalogue } from '../helpers/catalogues';

const T = '2026-06-15T09:00:00.000Z';

describe('roundStateOf', () => {
  it.each<[string, { deletedAt: string | null; archivedAt: string | null; finalizedAt: string | null }, RoundState]>([
    ['a new round', { deletedAt: null, archivedAt: null, finalizedAt: null }, 'offen'],
    ['a finalised round', { deletedAt: null, archivedAt: null, finalizedAt: T }, 'abgeschlossen'],
    ['an archived round, finalised or not', { deletedAt: null, archivedAt: T, finalizedAt: T }, 'archiviert'],
    ['a round in the trash, whatever else', { deletedAt: T, archivedAt: T, finalizedAt: T }, 'papierkorb'],
  ])('%s', (_name, round, state) => {
    expect(roundStateOf(round)).toBe(state);
  });
});

describe('what can change in which state', () => {
  const matrix: Record<RoundState, Record<RoundPart, boolean>> = {
    offen: { questionnaire: true, scoring: true, agreement: true, amendments: true, assessment: true, reports: true, timeline: true, followUp: true, participation: true, network: true },
    abgeschlossen: { questionnaire: false, scoring: false, agreement: false, amendments: true, assessment: false, reports: true, timeline: false, followUp: true, participation: false, network: true },
    archiviert: { questionnaire: false, scoring: false, agreement: false, amendments: false, assessment: false, reports: false, timeline: false, followUp: false, participation: false, network: false },
    papierkorb: { questionnaire: false, scoring: false, agreement: false, amendments: false, assessment: false, reports: false, timeline: false, followUp: false, participation: false, network: false },
  };
  const rows = (Object.keys(matrix) as RoundState[]).flatMap((state) => ROUND_PARTS.map((part) => [state, part, matrix[state][part]] as const));

  it.each(rows)('%s: %s → %s', (state, part, open) => {
    expect(canChange(state, part)).toBe(open);
    const reason = lockReason(state, part);
    if (open) expect(reason).toBeNull();
    else expect(reason).toMatch(/Zum Bearbeiten bitte zuerst (wiederherstellen|aus dem Archiv holen)|Zum Ändern die Begutachtung mit Begründung wieder öffnen/);
  });

  it.each([
    ['audit', 'ist-analyse', 'timeline'],
    ['audit', 'zertifizierung', 'timeline'],
    ['audit', 'umsetzung', 'followUp'],
    ['audit', 're-audit', 'followUp'],
    ['bw', 'qualitaetssiegel', 'timeline'],
    ['bw', 'umsetzung', 'followUp'],
  ] as const)('%s: the dates of %s belong to %s', (which, phaseKey, part) => {
    expect(phasePart(shippedCatalogue(which), phaseKey)).toBe(part);
  });

  it.each([
    ['audit', 'strategie', 'participation'],
    ['audit', 'zukunftswerkstatt', 'participation'],
    ['audit', 'netzwerktreffen', 'network'],
    ['bw', 'strategiewerkstatt', 'participation'],
    ['bw', 'ergebnisveranstaltung', 'network'],
  ] as const)('%s: an event of %s belongs to %s', (which, formatId, part) => {
    const catalogue = shippedCatalogue(which);
    const format = catalogue.participation.formats.find((candidate) => candidate.id === formatId);
    expect(format).toBeDefined();
    expect(eventPart(catalogue, format?.phase ?? null)).toBe(part);
  });

  it('an event of a format held at any time belongs to the participation up to the certificate', () => {
    expect(eventPart(shippedCatalogue('audit'), null)).toBe('participation');
  });

  it('names the part and the reason for a finalised round', () => {
    expect(lockReason('abgeschlossen', 'questionnaire')).toBe('Der Fragebogen ist eingefroren, weil die Begutachtung abgeschlossen ist. Zum Ändern die Begutachtung mit Begründung wieder öffnen.');
    expect(lockReason('papierkorb', 'reports')).toMatch(/^Der Auditfall liegt im Papierkorb/);
    expect(lockReason('abgeschlossen', 'timeline')).toMatch(/^Die Termine der Phasen bis zum Abschluss der Begutachtung sind eingefroren/);
  });
});
