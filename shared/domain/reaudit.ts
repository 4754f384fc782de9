import type { CaseDetail, CaseInput } from '../contract/cases';

/**
 * The next round of a municipality, pre-filled from its previous one: who and where it is, the
 * procedure (its newest catalogue version is taken when the case is created), the chosen
 * modules, the auditor and the project lead. Notes, answers and ratings belong to their round.
 */
export function reauditInput(previous: CaseDetail): CaseInput {
  return {
    municipalityName: previous.municipalityName,
    ags: previous.ags,
    kind: previous.kind,
    landkreis: previous.landkreis,
    bundesland: previous.bundesland,
    population: previous.population,
    catalogueId: previous.catalogueId,
    modules: previous.modules.map((module) => module.id),
    auditRound: 'reaudit',
    previousCaseId: previous.id,
    auditor: previous.auditor,
    projectLead: { ...previous.projectLead },
  };
}
