/** Where a project group member comes from. */
export const MEMBER_GROUPS = ['gemeinderat', 'verwaltung', 'buergerschaft', 'wirtschaft', 'traeger', 'sonstige'] as const;
export type MemberGroup = (typeof MEMBER_GROUPS)[number];
export const MEMBER_GROUP_LABELS: Record<MemberGroup, string> = {
  gemeinderat: 'Gemeinderat/Fraktion',
  verwaltung: 'Verwaltung',
  buergerschaft: 'Bürgerschaft',
  wirtschaft: 'Wirtschaft',
  traeger: 'Träger und Verbände',
  sonstige: 'Sonstige',
};

/** The groups an event counts its participants by. */
export const PARTICIPANT_GROUPS = ['buerger', 'jugend', 'vereine', 'unternehmen', 'experten', 'verwaltung', 'politik'] as const;
export type ParticipantGroup = (typeof PARTICIPANT_GROUPS)[number];
export const PARTICIPANT_GROUP_LABELS: Record<ParticipantGroup, string> = {
  buerger: 'Bürger/innen',
  jugend: 'Kinder und Jugendliche',
  vereine: 'Vereine und Verbände',
  unternehmen: 'Unternehmen',
  experten: 'Expert/innen',
  verwaltung: 'Verwaltung',
  politik: 'Politik',
};

/** At most this many people are counted in one group of one event. */
export const MAX_PARTICIPANTS_PER_GROUP = 100_000;

/** Where an idea of the Ideenspeicher stands; `uebernommen` only with the measure it became. */
export const IDEA_STATUSES = ['neu', 'aufgenommen', 'zurueckgestellt', 'verworfen', 'uebernommen'] as const;
export type IdeaStatus = (typeof IDEA_STATUSES)[number];
export const IDEA_STATUS_LABELS: Record<IdeaStatus, string> = {
  neu: 'neu',
  aufgenommen: 'aufgenommen',
  zurueckgestellt: 'zurückgestellt',
  verworfen: 'verworfen',
  uebernommen: 'als Maßnahme übernommen',
};

/** At most this many dots one idea can collect. */
export const MAX_VOTES = 100_000;
