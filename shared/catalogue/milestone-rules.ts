import type { Catalogue } from './catalogue-schema';

/** The milestone phases must exist and come in the order of the cycle: resolution, certificate, reports, next round. */
export function milestoneProblems(catalogue: Pick<Catalogue, 'phases' | 'certificate' | 'milestones'>): string[] {
  const milestones = catalogue.milestones;
  if (!milestones) return [];
  const position = new Map(catalogue.phases.map((phase, index) => [phase.key, index]));
  const named: [string, string | undefined][] = [
    ['resolutionPhase', milestones.resolutionPhase],
    ['certificate.phase', catalogue.certificate.phase],
    ['reportsPhase', milestones.reportsPhase],
    ['reauditPhase', milestones.reauditPhase],
  ];
  const present = named.filter((entry): entry is [string, string] => entry[1] !== undefined);
  const problems = present.filter(([, key]) => !position.has(key)).map(([label, key]) => `milestones: Die Phase „${key}“ (${label}) gibt es nicht.`);
  if (problems.length > 0) return problems;
  for (let index = 1; index < present.length; index += 1) {
    const [earlierLabel, earlier] = present[index - 1]!;
    const [laterLabel, later] = present[index]!;
    if (position.get(later)! <= position.get(earlier)!) {
      problems.push(`milestones: Die Phase „${later}“ (${laterLabel}) muss nach „${earlier}“ (${earlierLabel}) kommen.`);
    }
  }
  return problems;
}

/** Only formal criteria are decided by computed checks, and each check decides at most one criterion. */
export function criterionCheckProblems(catalogue: Pick<Catalogue, 'certification'>): string[] {
  const problems: string[] = [];
  const owner = new Map<string, string>();
  for (const criterion of catalogue.certification.criteria) {
    if (!criterion.checks) continue;
    if (criterion.category !== 'formal') problems.push(`Das Kriterium „${criterion.id}“ ist nicht formal und kann keine berechnete Prüfung (checks) haben.`);
    for (const check of criterion.checks) {
      const other = owner.get(check);
      if (other) problems.push(`Die Prüfung „${check}“ gehört schon zum Kriterium „${other}“ und kann nicht auch „${criterion.id}“ entscheiden.`);
      else owner.set(check, criterion.id);
    }
  }
  return problems;
}
