import { conceptOutlineOf } from '../../../shared/catalogue/concept-outline';
import type { CaseDetail, CaseFields, CaseSummary, CaseStatus } from '../../../shared/contract/cases';
import { bundeslandName, type BundeslandCode } from '../../../shared/domain/bundeslaender';
import { analyzeTimeline, currentPhaseKey, type PhaseDates } from '../../../shared/domain/timeline';
import type { Catalogue } from '../../../shared/catalogue/catalogue-schema';
import { roundLabel, termsOf } from '../../../shared/catalogue/terminology';
import type { CaseRow, PhaseEvent, PhaseRow } from './cases.repository';
import { missingFormatWarnings } from '../../../shared/participation/format-warnings';
import { nameSortKeyOf } from '../db/name-sort-keys';
import { lockReason, phasePart, type RoundState } from '../../../shared/domain/round-state';

export function modulesOf(row: Pick<CaseRow, 'modules'>): string[] {
  return JSON.parse(row.modules) as string[];
}

function caseStatus(row: Pick<CaseRow, 'archived_at' | 'deleted_at'>): CaseStatus {
  if (row.deleted_at) return 'trash';
  return row.archived_at ? 'archived' : 'active';
}

export function normalizeSearch(text: string): string {
  return text.toLocaleLowerCase('de-DE').normalize('NFC');
}

function searchTextOf(fields: CaseFields, bundesland: BundeslandCode): string {
  return normalizeSearch(
    [
      fields.municipalityName,
      fields.ags,
      fields.landkreis,
      bundeslandName(bundesland),
      fields.auditor,
      fields.projectLead.name,
    ].join(' '),
  );
}

/** The columns a user's entry sets; the rest (ids, times, status) belong to the service. */
export function fieldsToColumns(fields: CaseFields, bundesland: BundeslandCode) {
  return {
    municipality_name: fields.municipalityName,
    ags: fields.ags,
    kind: fields.kind,
    landkreis: fields.landkreis,
    bundesland,
    population: fields.population,
    modules: JSON.stringify(fields.modules),
    audit_round: fields.auditRound,
    previous_case_id: fields.previousCaseId,
    auditor: fields.auditor,
    lead_name: fields.projectLead.name,
    lead_role: fields.projectLead.role,
    lead_contact: fields.projectLead.contact,
    notes: fields.notes,
    motto: fields.motto,
    search_text: searchTextOf(fields, bundesland),
    name_sort_key: nameSortKeyOf(fields.municipalityName),
  };
}

function commonFields(row: CaseRow) {
  return {
    id: row.id,
    municipalityName: row.municipality_name,
    ags: row.ags,
    kind: row.kind,
    landkreis: row.landkreis,
    bundesland: row.bundesland as BundeslandCode,
    population: row.population,
    catalogueId: row.catalogue_id,
    catalogueVersion: row.catalogue_version,
    auditRound: row.audit_round,
    previousCaseId: row.previous_case_id,
    auditor: row.auditor,
    status: caseStatus(row),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    archivedAt: row.archived_at,
    deletedAt: row.deleted_at,
  };
}

export function toSummary(row: CaseRow, catalogue: Catalogue | undefined, phaseRows: readonly PhaseRow[]): CaseSummary {
  const current = catalogue ? currentPhaseKey(orderedPhaseDates(catalogue, phaseRows)) : null;
  const phaseName = catalogue?.phases.find((phase) => phase.key === current)?.name ?? null;
  return { ...commonFields(row), currentPhaseKey: current, currentPhaseName: phaseName, roundLabel: roundLabel(termsOf(catalogue ?? {}), row.audit_round) };
}

/** A case's phase dates in its catalogue's order, the same input for the list and the case page. */
function orderedPhaseDates(catalogue: Catalogue, phaseRows: readonly PhaseRow[]): PhaseDates[] {
  const byKey = new Map(phaseRows.map((phase) => [phase.phase_key, phase]));
  return catalogue.phases.map((definition) => {
    const phase = byKey.get(definition.key);
    return { key: definition.key, plannedStart: phase?.planned_start ?? null, plannedEnd: phase?.planned_end ?? null, actualStart: phase?.actual_start ?? null, actualEnd: phase?.actual_end ?? null };
  });
}

export function toDetail(
  row: CaseRow,
  phaseRows: PhaseRow[],
  catalogue: Catalogue,
  previous: CaseRow | undefined,
  today: string,
  state: RoundState,
  events: readonly PhaseEvent[],
): CaseDetail {
  const dates = phaseRows.map((phase) => ({
    key: phase.phase_key,
    plannedStart: phase.planned_start,
    plannedEnd: phase.planned_end,
    actualStart: phase.actual_start,
    actualEnd: phase.actual_end,
  }));
  const analysis = analyzeTimeline(catalogue, dates, today);
  const formatPhase = new Map(catalogue.participation.formats.map((format) => [format.id, format.phase]));
  const formatName = new Map(catalogue.participation.formats.map((format) => [format.id, format.name]));
  const chosen = modulesOf(row);
  const stored = new Map(phaseRows.map((phase) => [phase.phase_key, phase]));
  return {
    ...commonFields(row),
    catalogueName: catalogue.name,
    fieldLabel: catalogue.fieldLabel,
    terms: termsOf(catalogue),
    conceptName: conceptOutlineOf(catalogue).name,
    modules: catalogue.modules.filter((module) => chosen.includes(module.id)).map(({ id, name }) => ({ id, name })),
    projectLead: { name: row.lead_name, role: row.lead_role, contact: row.lead_contact },
    notes: row.notes,
    motto: row.motto,
    previousCase: previous
      ? { id: previous.id, municipalityName: previous.municipality_name, auditRound: previous.audit_round, createdAt: previous.created_at }
      : null,
    phases: analysis.phases.map((status, position) => {
      const phase = stored.get(status.key);
      return {
        key: status.key,
        name: status.name,
        position,
        plannedStart: phase?.planned_start ?? null,
        plannedEnd: phase?.planned_end ?? null,
        actualStart: phase?.actual_start ?? null,
        actualEnd: phase?.actual_end ?? null,
        note: phase?.note ?? '',
        state: status.state,
        overdue: status.overdue,
        lockReason: lockReason(state, phasePart(catalogue, status.key)),
        events: events.filter((event) => formatPhase.get(event.format_id) === status.key).map((event) => ({ id: event.id, formatName: formatName.get(event.format_id) ?? event.format_id, title: event.title, heldOn: event.held_on })),
      };
    }),
    currentPhaseKey: analysis.currentPhaseKey,
    certificateValidUntil: analysis.certificateValidUntil,
    warnings: [...analysis.warnings, ...missingFormatWarnings(catalogue, dates, new Set(events.map((event) => event.format_id)))],
  };
}
