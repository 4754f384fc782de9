import type { Catalogue, CatalogueFormat1, ParticipationFormat } from './catalogue-schema';
import { termsOf } from './terminology';

/** The format-1 rounds recorded two workshops, by these kinds; format 2 reads them as formats of the same ids. */
type Format1Workshop = 'strategie' | 'zielvereinbarung';

/** Where the two workshops of the shipped format-1 catalogues took place; an unknown catalogue's stay without a phase. */
const FORMAT1_WORKSHOP_PHASES: Readonly<Record<string, Partial<Record<Format1Workshop, string>>>> = {
  'audit-familiengerechte-kommune': { strategie: 'analyse-strategie', zielvereinbarung: 'ziele-massnahmen' },
  'bw-managementverfahren': { strategie: 'zukunftswerkstatt', zielvereinbarung: 'strategiewerkstatt' },
};

/** The yearly reports every format-1 round had. */
const FORMAT1_YEARLY_REPORTS = 3;

function format1Workshops(catalogue: CatalogueFormat1): ParticipationFormat[] {
  const terms = termsOf(catalogue);
  const phases = FORMAT1_WORKSHOP_PHASES[catalogue.id] ?? {};
  const phaseKeys = new Set(catalogue.phases.map((phase) => phase.key));
  const phaseOf = (kind: Format1Workshop) => {
    const key = phases[kind];
    return key !== undefined && phaseKeys.has(key) ? { phase: key } : {};
  };
  return [
    { id: 'strategie', name: terms.strategyWorkshop, description: '', ...phaseOf('strategie'), citizens: false, required: false, choosesPriorities: true },
    { id: 'zielvereinbarung', name: terms.agreementWorkshop, description: '', ...phaseOf('zielvereinbarung'), citizens: false, required: false, choosesPriorities: false },
  ];
}

/**
 * Reads a format-1 catalogue as format 2: its two workshops become the only formats (none
 * required, so no round pinned to it gains a warning) and it keeps three yearly reports.
 */
export function upgradeFormat1(catalogue: CatalogueFormat1): Catalogue {
  return { ...catalogue, formatVersion: 2, participation: { formats: format1Workshops(catalogue) }, implementation: { yearlyReports: FORMAT1_YEARLY_REPORTS } };
}
