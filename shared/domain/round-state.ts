/**
 * What can be changed in an audit round, by the round's state. One rule for every page and every
 * backend method: the backend refuses what the page would not offer.
 */
export type RoundState = 'offen' | 'abgeschlossen' | 'archiviert' | 'papierkorb';

/** The parts of a round that are changed separately. */
export type RoundPart =
  /** The IST-Analyse: answers, their Excel import. */
  | 'questionnaire'
  /** Stärken/Schwächen: ratings, lists, summaries. */
  | 'scoring'
  /** The goal agreement's tree, the resolution, the workshops. */
  | 'agreement'
  /** Changes of an adopted agreement recorded as amendments (with date and reason). */
  | 'amendments'
  /** The certification assessment and decision. */
  | 'assessment'
  /** Yearly implementation reports and the status of each measure. */
  | 'reports'
  /** The dates of the phases up to the certificate: the audit the assessment judged. */
  | 'timeline'
  /** The actual dates of the implementation and Re-Audit phases, and the case's notes. */
  | 'followUp'
  /** The workshops and participation events up to the certificate, and the ideas they produced. */
  | 'participation'
  /** The project group and the events after the certificate (network meetings). */
  | 'network';

export const ROUND_PARTS: readonly RoundPart[] = ['questionnaire', 'scoring', 'agreement', 'amendments', 'assessment', 'reports', 'timeline', 'followUp', 'participation', 'network'];

const PLURAL_PARTS: ReadonlySet<RoundPart> = new Set<RoundPart>(['agreement', 'amendments', 'reports', 'timeline', 'followUp', 'participation', 'network']);

const PART_LABELS: Record<RoundPart, string> = {
  questionnaire: 'Der Fragebogen',
  scoring: 'Die Stärken/Schwächen-Bewertung',
  // In words every procedure shares: the audit's Zielvereinbarung is the Managementverfahren's Handlungskonzept.
  agreement: 'Die Ziele und Maßnahmen',
  amendments: 'Die Änderungen der beschlossenen Ziele und Maßnahmen',
  assessment: 'Die Begutachtung',
  reports: 'Die Jahresberichte',
  timeline: 'Die Termine der Phasen bis zum Abschluss der Begutachtung',
  followUp: 'Die Termine der Phasen nach der Begutachtung',
  participation: 'Die Veranstaltungen bis zur Begutachtung und ihre Ideen',
  network: 'Die Projektgruppe und die Veranstaltungen nach der Begutachtung',
};

/** The matrix (documented in the README): which parts stay open in which state. */
const OPEN_PARTS: Record<RoundState, ReadonlySet<RoundPart>> = {
  offen: new Set(ROUND_PARTS),
  // After the certificate: the assessed content is frozen; the three years of implementation go on.
  abgeschlossen: new Set<RoundPart>(['amendments', 'reports', 'followUp', 'network']),
  archiviert: new Set<RoundPart>(),
  papierkorb: new Set<RoundPart>(),
};

/** Which part a phase's dates belong to: the phases after the certificate's are the follow-up. */
export function phasePart(procedure: { phases: readonly { key: string }[]; certificate: { phase: string } }, phaseKey: string): RoundPart {
  const keys = procedure.phases.map((phase) => phase.key);
  return keys.indexOf(phaseKey) > keys.indexOf(procedure.certificate.phase) ? 'followUp' : 'timeline';
}

/** Which part an event of a format belongs to: a format of a phase after the certificate's is the network's. */
export function eventPart(procedure: { phases: readonly { key: string }[]; certificate: { phase: string } }, formatPhase: string | null): RoundPart {
  return formatPhase !== null && phasePart(procedure, formatPhase) === 'followUp' ? 'network' : 'participation';
}

export function roundStateOf(round: { deletedAt: string | null; archivedAt: string | null; finalizedAt: string | null }): RoundState {
  if (round.deletedAt) return 'papierkorb';
  if (round.archivedAt) return 'archiviert';
  return round.finalizedAt ? 'abgeschlossen' : 'offen';
}

export function canChange(state: RoundState, part: RoundPart): boolean {
  return OPEN_PARTS[state].has(part);
}

/** Why `part` cannot be changed in `state`, and what would make it changeable; null when it can. */
export function lockReason(state: RoundState, part: RoundPart): string | null {
  if (canChange(state, part)) return null;
  switch (state) {
    case 'papierkorb':
      return 'Der Auditfall liegt im Papierkorb und kann nicht bearbeitet werden. Zum Bearbeiten bitte zuerst wiederherstellen.';
    case 'archiviert':
      return 'Der Auditfall ist archiviert und kann nicht bearbeitet werden. Zum Bearbeiten bitte zuerst aus dem Archiv holen.';
    default:
      return `${PART_LABELS[part]} ${PLURAL_PARTS.has(part) ? 'sind' : 'ist'} eingefroren, weil die Begutachtung abgeschlossen ist. Zum Ändern die Begutachtung mit Begründung wieder öffnen.`;
  }
}
