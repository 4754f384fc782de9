import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type {
  CaseDetail,
  CaseFields,
  CaseListOutput,
  CaseListQuery,
  PhaseUpdate,
} from '../../../shared/contract/cases';
import { checkAgs } from '../../../shared/domain/ags';
import type { BundeslandCode } from '../../../shared/domain/bundeslaender';
import type { Catalogue } from '../../../shared/catalogue/catalogue-schema';
import { DEFAULT_CATALOGUE_ID } from '../../../shared/catalogue/defaults';
import { canChange, lockReason, phasePart, roundStateOf, type RoundPart, type RoundState } from '../../../shared/domain/round-state';
import { dateMilestonePhases } from './milestone-phases.repository';
import type { CataloguesService } from '../catalogues/catalogues.service';
import type { Clock } from '../clock';
import type { DatabaseSchema } from '../db/schema';
import { AppError, invalidInput, notFound } from '../errors';
import { fieldsToColumns, modulesOf, normalizeSearch, toDetail, toSummary } from './case-mapping';
import * as repo from './cases.repository';
import type { CertificationLock, RoundLockService } from '../certification/round-lock.service';
import { sectionsForCase } from '../../../shared/questionnaire/sections';

type Db = Kysely<DatabaseSchema>;

/** Refuses a change of `part` that the round's state does not allow, saying why and what would allow it. */
export function assertCanChange(pinned: { state: RoundState }, part: RoundPart): void {
  const reason = lockReason(pinned.state, part);
  if (reason) throw new AppError('CONFLICT', reason);
}

function checkModules(fields: CaseFields, catalogue: Catalogue): void {
  const known = new Set(catalogue.modules.map((module) => module.id));
  const unknown = fields.modules.filter((id) => !known.has(id));
  if (unknown.length > 0) {
    throw invalidInput('modules', `Das Modul „${unknown.join('“, „')}“ gibt es im Katalog ${catalogue.name} nicht.`);
  }
}

function derivedBundesland(fields: CaseFields): BundeslandCode {
  const check = checkAgs(fields.ags, fields.kind);
  if (!check.ok) throw invalidInput('ags', check.message);
  return check.bundesland;
}

export function createCasesService({ db, clock, catalogues, roundLock }: { db: Db; clock: Clock; catalogues: CataloguesService; roundLock: RoundLockService }) {
  async function loadRow(id: string): Promise<repo.CaseRow> {
    const row = await repo.findCase(db, id);
    if (!row) throw notFound('Der Auditfall wurde nicht gefunden. Vielleicht wurde er endgültig gelöscht.');
    return row;
  }

  async function stateOf(row: repo.CaseRow, lock?: CertificationLock): Promise<RoundState> {
    const { finalizedAt } = lock ?? (await roundLock.lockOf(row.id));
    return roundStateOf({ deletedAt: row.deleted_at, archivedAt: row.archived_at, finalizedAt });
  }

  async function detail(id: string): Promise<CaseDetail> {
    const row = await loadRow(id);
    const catalogue = await catalogues.get(row.catalogue_id, row.catalogue_version);
    const previous = row.previous_case_id ? await repo.findCase(db, row.previous_case_id) : undefined;
    return toDetail(row, await repo.findPhases(db, id), catalogue, previous, clock.today(), await stateOf(row), await repo.findPhaseEvents(db, id));
  }

  async function checkPreviousRound(fields: CaseFields, ownId: string | null): Promise<void> {
    if (!fields.previousCaseId) return;
    if (fields.previousCaseId === ownId) {
      throw invalidInput('previousCaseId', 'Ein Auditfall kann nicht sein eigener Vorgänger sein.');
    }
    const previous = await repo.findCase(db, fields.previousCaseId);
    if (!previous || previous.deleted_at) {
      throw invalidInput('previousCaseId', 'Der gewählte vorherige Auditfall existiert nicht (mehr).');
    }
    if (previous.ags !== fields.ags) {
      throw invalidInput(
        'previousCaseId',
        `Der vorherige Auditfall gehört zu ${previous.municipality_name} (AGS ${previous.ags}), nicht zu AGS ${fields.ags}.`,
      );
    }
  }

  /** A new round begins its predecessor's Re-Audit phase, while the predecessor's follow-up dates may change. */
  async function predecessorReauditStart(previousCaseId: string | null): Promise<(trx: Db) => Promise<void>> {
    const previous = previousCaseId ? await repo.findCase(db, previousCaseId) : undefined;
    if (!previous) return async () => {};
    if (!canChange(await stateOf(previous), 'followUp')) return async () => {};
    const model = await catalogues.get(previous.catalogue_id, previous.catalogue_version);
    const today = clock.today();
    return (trx) => dateMilestonePhases(trx, previous.id, model, { kind: 'reaudit', date: today });
  }

  async function requireEditable(id: string): Promise<repo.CaseRow> {
    const row = await loadRow(id);
    if (row.deleted_at) {
      throw new AppError('CONFLICT', 'Der Auditfall liegt im Papierkorb. Bitte zuerst wiederherstellen.');
    }
    return row;
  }

  /** The catalogue version a case is pinned to, its chosen modules, and whether it may change; no timeline work. */
  async function pinnedCatalogue(id: string) {
    const row = await loadRow(id);
    const lock = await roundLock.lockOf(id);
    return {
      /** The certificate's date, once the assessment records one. */
      certificateDate: lock.certificateDate,
      state: await stateOf(row, lock),
      municipalityName: row.municipality_name,
      createdAt: row.created_at,
      previousCaseId: row.previous_case_id,
      catalogueId: row.catalogue_id,
      catalogueVersion: row.catalogue_version,
      modules: modulesOf(row),
    };
  }

  return {
    pinnedCatalogue,

    /** What every feature of a case starts from: the pinned case with its lock state, its catalogue and its questionnaire sections. */
    async context(id: string) {
      const pinned = await pinnedCatalogue(id);
      const catalogue = await catalogues.get(pinned.catalogueId, pinned.catalogueVersion);
      return { pinned, catalogue, sections: sectionsForCase(catalogue, pinned.modules) };
    },

    async list(query: CaseListQuery): Promise<CaseListOutput> {
      const terms = normalizeSearch(query.search).split(/\s+/).filter(Boolean);
      const rows = await repo.listCases(db, query, terms);
      const total = query.limit === undefined && query.offset === 0 ? rows.length : await repo.countCases(db, query, terms);
      const pinned = new Map<string, Catalogue>();
      for (const row of rows) {
        const key = `${row.catalogue_id}@${row.catalogue_version}`;
        if (!pinned.has(key)) pinned.set(key, await catalogues.get(row.catalogue_id, row.catalogue_version));
      }
      const phases = new Map<string, repo.PhaseRow[]>();
      for (const phase of await repo.findPhasesOfCases(db, rows.map((row) => row.id))) phases.set(phase.case_id, [...(phases.get(phase.case_id) ?? []), phase]);
      const items = rows.map((row) => toSummary(row, pinned.get(`${row.catalogue_id}@${row.catalogue_version}`), phases.get(row.id) ?? []));
      return { items, offset: query.offset, total, counts: await repo.countByStatus(db) };
    },

    get: detail,

    async create(fields: CaseFields): Promise<CaseDetail> {
      const catalogue = await catalogues.latest(fields.catalogueId ?? DEFAULT_CATALOGUE_ID);
      checkModules(fields, catalogue);
      const bundesland = derivedBundesland(fields);
      await checkPreviousRound(fields, null);
      const startsReaudit = await predecessorReauditStart(fields.previousCaseId);
      const id = randomUUID();
      const now = clock.nowIso();
      await repo.insertCase(
        db,
        {
          id,
          ...fieldsToColumns(fields, bundesland),
          catalogue_id: catalogue.id,
          catalogue_version: catalogue.version,
          created_at: now,
          updated_at: now,
          archived_at: null,
          deleted_at: null,
        },
        catalogue.phases.map((phase, position) => ({
          case_id: id,
          phase_key: phase.key,
          position,
          planned_start: null,
          planned_end: null,
          actual_start: null,
          actual_end: null,
        })),
        startsReaudit,
      );
      return detail(id);
    },

    async update(id: string, fields: CaseFields): Promise<CaseDetail> {
      const row = await requireEditable(id);
      if (fields.catalogueId && fields.catalogueId !== row.catalogue_id) {
        throw invalidInput('catalogueId', 'Der Katalog eines bestehenden Auditfalls kann nicht gewechselt werden.');
      }
      checkModules(fields, await catalogues.get(row.catalogue_id, row.catalogue_version));
      const bundesland = derivedBundesland(fields);
      await checkPreviousRound(fields, id);
      await repo.updateCase(db, id, { ...fieldsToColumns(fields, bundesland), updated_at: clock.nowIso() });
      return detail(id);
    },

    async setArchived(id: string, archived: boolean): Promise<CaseDetail> {
      await requireEditable(id);
      const now = clock.nowIso();
      await repo.updateCase(db, id, { archived_at: archived ? now : null, updated_at: now });
      return detail(id);
    },

    async moveToTrash(id: string): Promise<CaseDetail> {
      await loadRow(id);
      const now = clock.nowIso();
      await repo.updateCase(db, id, { deleted_at: now, updated_at: now });
      return detail(id);
    },

    async restore(id: string): Promise<CaseDetail> {
      const row = await loadRow(id);
      if (!row.deleted_at) throw new AppError('CONFLICT', 'Der Auditfall liegt nicht im Papierkorb.');
      await repo.updateCase(db, id, { deleted_at: null, updated_at: clock.nowIso() });
      return detail(id);
    },

    async deletePermanently(id: string): Promise<{ id: string }> {
      const row = await loadRow(id);
      if (!row.deleted_at) {
        throw new AppError('CONFLICT', 'Nur Auditfälle im Papierkorb können endgültig gelöscht werden.');
      }
      await repo.deleteCase(db, id);
      return { id };
    },

    async updatePhase(changes: PhaseUpdate): Promise<CaseDetail> {
      const row = await requireEditable(changes.caseId);
      const catalogue = await catalogues.get(row.catalogue_id, row.catalogue_version);
      if (!catalogue.phases.some((phase) => phase.key === changes.phaseKey)) {
        throw invalidInput('phaseKey', `Die Phase „${changes.phaseKey}“ gibt es im Katalog ${catalogue.name} nicht.`);
      }
      assertCanChange({ state: await stateOf(row) }, phasePart(catalogue, changes.phaseKey));
      await repo.updatePhase(
        db,
        changes.caseId,
        changes.phaseKey,
        {
          planned_start: changes.plannedStart,
          planned_end: changes.plannedEnd,
          actual_start: changes.actualStart,
          actual_end: changes.actualEnd,
          note: changes.note,
        },
        clock.nowIso(),
      );
      return detail(changes.caseId);
    },
  };
}

export type CasesService = ReturnType<typeof createCasesService>;
