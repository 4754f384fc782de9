import { MAX_VOTES, type IdeaStatus } from '../vocabulary/participation';

/** The statuses an auditor sets by hand; `uebernommen` follows the link to a measure. */
export const MANUAL_IDEA_STATUSES = ['neu', 'aufgenommen', 'zurueckgestellt', 'verworfen'] as const satisfies readonly IdeaStatus[];
export type ManualIdeaStatus = (typeof MANUAL_IDEA_STATUSES)[number];

const MIN_REJECTION_REASON = 5;

/**
 * Why an idea cannot go from `from` to `to`, or null when it can. An idea that became a measure
 * changes status only by losing that link; rejecting one needs a reason.
 */
export function statusChangeProblem(from: IdeaStatus, to: ManualIdeaStatus, reason: string): string | null {
  if (from === 'uebernommen') return 'Die Idee ist als Maßnahme übernommen; zuerst die Verknüpfung mit der Maßnahme lösen.';
  if (to === 'verworfen' && reason.trim().length < MIN_REJECTION_REASON) return `Bitte begründen, warum die Idee verworfen wird (mindestens ${MIN_REJECTION_REASON} Zeichen).`;
  return null;
}

/** The status after linking an idea to a measure (or unlinking it): a linked idea is taken over, an unlinked one is back in the store. */
export function statusAfterLink(measureId: string | null, before: IdeaStatus): IdeaStatus {
  if (measureId !== null) return 'uebernommen';
  return before === 'uebernommen' ? 'aufgenommen' : before;
}

/** A dot vote: one more or one less, never below none nor above the most an idea can collect. */
export function votesAfter(votes: number, delta: 1 | -1): number {
  return Math.min(MAX_VOTES, Math.max(0, votes + delta));
}

interface CountedIdea {
  fieldId: string;
  votes: number;
}

/** Ideas and dots per field and over all, as the Werkstatt-Modus shows its running total. */
export function voteTotals(ideas: readonly CountedIdea[]): { ideas: number; votes: number; byField: Record<string, { ideas: number; votes: number }> } {
  const byField: Record<string, { ideas: number; votes: number }> = {};
  let votes = 0;
  for (const idea of ideas) {
    const field = (byField[idea.fieldId] ??= { ideas: 0, votes: 0 });
    field.ideas += 1;
    field.votes += idea.votes;
    votes += idea.votes;
  }
  return { ideas: ideas.length, votes, byField };
}
