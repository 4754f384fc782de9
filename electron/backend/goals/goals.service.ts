import type { ParsedInput } from '../../../shared/contract';
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Catalogue } from '../../../shared/catalogue/catalogue-schema';
import type { Agreement, AmendmentInput, MeasureInput, NodeKind } from '../../../shared/contract/goals';
import { checkAmendment, describeChanges } from '../../../shared/goals/agreement';
import { sectionsForCase } from '../../../shared/questionnaire/sections';
import type { CataloguesService } from '../catalogues/catalogues.service';
import { assertCanChange, type CasesService } from '../cases/cases.service';
import { canChange, lockReason } from '../../../shared/domain/round-state';
import type { Clock } from '../clock';
import type { DatabaseSchema } from '../db/schema';
import { AppError, invalidInput, notFound, staleWrite } from '../errors';
import { buildTree, fieldOfMeasure, numbersOf, type LatestStatus, type Tree } from './agreement-view';
import * as repo from './goals.repository';
import * as scoringRepo from '../scoring/scoring.repository';
import { findResolution } from './resolution.repository';
import { MEASURE_LABELS, measureColumns, measureSummary, rowToInput } from './measure-columns';
import { reportDateProblem } from '../../../shared/goals/milestone-order';
import { termsOf } from '../../../shared/catalogue/terminology';
import { createResolutionRules } from './resolution';
import { dateMilestonePhases } from '../cases/milestone-phases.repository';
import { formatGermanDateTime } from '../../../shared/domain/dates';

type Db = Kysely<DatabaseSchema>;

const TABLE: Record<NodeKind, repo.NodeTable> = { strategic: 'strategic_goals', goal: 'goals', measure: 'measures' };
const KIND_LABEL: Record<NodeKind, string> = { strategic: 'Strategisches Ziel', goal: 'Ziel', measure: 'Maßnahme' };

/** The goal agreement, its council resolution and amendments, and yearly reports. */
export function createGoalsService({ db, clock, cases, catalogues }: { db: Db; clock: Clock; cases: CasesService; catalogues: CataloguesService }) {
  const resolutionRules = createResolutionRules(db, clock);
  const context = (caseId: string) => cases.context(caseId);

  async function latestStatuses(runner: repo.Db, caseId: string): Promise<Map<string, LatestStatus>> {
    const rows = await repo.latestReportStatuses(runner, caseId);
    return new Map(rows.map((row) => [row.measure_id, { status: row.status, year: row.year }]));
  }

  async function previousRound(caseId: string, previousCaseId: string | null, carried: Set<string>): Promise<Agreement['previous']> {
    if (!previousCaseId) return null;
    const previous = await cases.pinnedCatalogue(previousCaseId).catch(() => null);
    // The previous round counts whatever its state: finalised is its normal state.
    if (!previous) return null;
    const catalogue = await catalogues.get(previous.catalogueId, previous.catalogueVersion);
    const tree = await repo.loadTree(db, previousCaseId);
    const latest = await latestStatuses(db, previousCaseId);
    const numbers = numbersOf(catalogue, tree);
    const years = [...latest.values()].map((entry) => entry.year);
    return {
      caseId: previousCaseId,
      municipalityName: previous.municipalityName,
      lastReportYear: years.length > 0 ? Math.max(...years) : null,
      measures: tree.measures.map((row) => ({
        id: row.id,
        number: numbers.get(row.id) ?? '',
        title: row.title,
        fieldId: fieldOfMeasure(tree, row),
        status: latest.get(row.id)?.status ?? 'geplant',
        carriedOver: carried.has(row.id),
      })),
    };
  }

  async function get(caseId: string): Promise<Agreement> {
    const { pinned, catalogue } = await context(caseId);
    const tree = await repo.loadTree(db, caseId);
    const view = buildTree(catalogue, tree, await latestStatuses(db, caseId), clock.today().slice(0, 7), await repo.ideasByMeasure(db, caseId));
    const [{ resolution, amendments, reports, entries }, items] = await Promise.all([repo.findAgreementRecords(db, caseId), scoringRepo.findItems(db, caseId)]);
    const carried = new Set(tree.measures.map((row) => row.carried_from).filter((id): id is string => id !== null));
    const amendable = resolution !== undefined && canChange(pinned.state, 'amendments');
    return {
      caseId,
      editable: canChange(pinned.state, 'agreement'),
      amendable,
      reportsEditable: canChange(pinned.state, 'reports'),
      lockReason: canChange(pinned.state, 'agreement') ? null : amendable ? null : lockReason(pinned.state, 'agreement'),
      adopted: resolution ? { resolutionDate: resolution.resolution_date, drucksache: resolution.drucksache } : null,
      ...view,
      amendments: amendments.map((row) => ({ id: row.id, amendedOn: row.amended_on, reason: row.reason, subject: row.subject, changes: JSON.parse(row.changes) as string[], recordedAt: row.recorded_at })),
      yearlyReports: catalogue.implementation.yearlyReports,
      reports: reports.map((row) => ({
        id: row.id,
        year: row.year,
        reportDate: row.report_date,
        comment: row.comment,
        entries: entries.filter((entry) => entry.report_id === row.id).map((entry) => ({ measureId: entry.measure_id, status: entry.status, comment: entry.comment })),
      })),
      linkableItems: items.map((item) => ({ id: item.id, fieldId: item.field_id, kind: item.kind, text: item.text })),
      previous: await previousRound(caseId, pinned.previousCaseId, carried),
    };
  }

  /**
   * Runs a change to the agreement in one transaction. Once the agreement is adopted the change
   * needs an amendment (date and reason), which is recorded with a description of what changed.
   */
  async function change(
    caseId: string,
    amendment: AmendmentInput,
    describe: (tree: Tree, catalogue: Catalogue) => { subject: string; changes: string[] },
    action: (trx: repo.Db, tree: Tree, catalogue: Catalogue, now: string) => Promise<void>,
  ): Promise<Agreement> {
    const { pinned, catalogue } = await context(caseId);
    const resolution = await findResolution(db, caseId);
    // An adopted agreement changes by recorded amendments, also after the certificate; otherwise by the agreement's own rule.
    assertCanChange(pinned, resolution && canChange(pinned.state, 'amendments') ? 'amendments' : 'agreement');
    const check = checkAmendment(resolution?.resolution_date ?? null, amendment, termsOf(catalogue));
    if (!check.ok) throw invalidInput(`amendment.${check.field}`, check.message);
    const now = clock.nowIso();
    await db.transaction().execute(async (trx) => {
      const tree = await repo.loadTree(trx, caseId);
      const description = describe(tree, catalogue);
      await action(trx, tree, catalogue, now);
      if (resolution && amendment?.date) {
        await repo.insertAmendment(trx, { id: randomUUID(), case_id: caseId, amended_on: amendment.date, reason: amendment.reason, subject: description.subject, changes: JSON.stringify(description.changes), recorded_at: now });
      }
    });
    return get(caseId);
  }

  function find<T extends { id: string }>(rows: T[], id: string, kind: NodeKind): T {
    const row = rows.find((candidate) => candidate.id === id);
    if (!row) throw notFound(`${KIND_LABEL[kind]} wurde nicht gefunden. Vielleicht wurde es gelöscht.`);
    return row;
  }

  async function checkLinks(caseId: string, catalogue: Catalogue, modules: string[], measure: MeasureInput): Promise<void> {
    if (measure.linkedItemId) {
      const item = await scoringRepo.findItem(db, caseId, measure.linkedItemId);
      if (!item) throw invalidInput('measure.linkedItemId', 'Der verknüpfte Eintrag aus Stärken/Schwächen existiert nicht (mehr).');
    }
    if (measure.linkedQuestionId) {
      const known = sectionsForCase(catalogue, modules).some((section) => section.questions.some((question) => question.id === measure.linkedQuestionId));
      if (!known) throw invalidInput('measure.linkedQuestionId', 'Die verknüpfte Frage gehört nicht zum Fragebogen dieses Auditfalls.');
    }
  }

  function nodeSubject(tree: Tree, catalogue: Catalogue, kind: NodeKind, id: string): string {
    const rows: { id: string; title: string }[] = kind === 'strategic' ? tree.strategic : kind === 'goal' ? tree.goals : tree.measures;
    const row = rows.find((candidate) => candidate.id === id);
    return `${KIND_LABEL[kind]} ${numbersOf(catalogue, tree).get(id) ?? ''} „${row?.title ?? ''}“`;
  }

  return {
    get,

    addNode({ caseId, kind, parentId, title, amendment }: ParsedInput<'goals.addNode'>) {
      return change(
        caseId,
        amendment,
        () => ({ subject: `${KIND_LABEL[kind]} „${title}“`, changes: ['hinzugefügt'] }),
        async (trx, tree, catalogue, now) => {
          const row = { id: randomUUID(), case_id: caseId, title, created_at: now, updated_at: now };
          if (kind === 'strategic') {
            if (!catalogue.fields.some((field) => field.id === parentId)) throw invalidInput('parentId', `Das Feld „${parentId}“ gibt es nicht.`);
            await repo.insertStrategic(trx, { ...row, field_id: parentId, position: await repo.nextPosition(trx, 'strategic_goals', caseId, parentId) });
          } else {
            find(tree.strategic, parentId, 'strategic');
            await repo.insertGoal(trx, { ...row, strategic_goal_id: parentId, position: await repo.nextPosition(trx, 'goals', caseId, parentId) });
          }
        },
      );
    },

    async addMeasure({ caseId, goalId, measure, amendment }: ParsedInput<'goals.addMeasure'>) {
      const { pinned, catalogue } = await context(caseId);
      await checkLinks(caseId, catalogue, pinned.modules, measure);
      return change(
        caseId,
        amendment,
        (tree, catalogue) => {
          // The new measure goes to the end of its goal, so its number is known before it is written.
          const goalNumber = numbersOf(catalogue, tree).get(goalId);
          const number = goalNumber ? `${goalNumber}.${tree.measures.filter((row) => row.goal_id === goalId).length + 1} ` : '';
          return { subject: `Maßnahme ${number}„${measure.title}“`, changes: ['hinzugefügt', ...describeChanges(MEASURE_LABELS, {}, measureSummary(measure)).filter((line) => !line.startsWith('Titel'))] };
        },
        async (trx, tree, _catalogue, now) => {
          find(tree.goals, goalId, 'goal');
          await repo.insertMeasure(trx, {
            id: randomUUID(),
            case_id: caseId,
            goal_id: goalId,
            position: await repo.nextPosition(trx, 'measures', caseId, goalId),
            ...measureColumns(measure),
            carried_from: null,
            created_at: now,
            updated_at: now,
          });
        },
      );
    },

    renameNode({ caseId, kind, id, title, amendment }: ParsedInput<'goals.renameNode'>) {
      return change(
        caseId,
        amendment,
        (tree, catalogue) => {
          const rows: { id: string; title: string }[] = kind === 'strategic' ? tree.strategic : tree.goals;
          return { subject: nodeSubject(tree, catalogue, kind, id), changes: [`Titel: ${find(rows, id, kind).title} → ${title}`] };
        },
        async (trx, tree, _catalogue, now) => {
          const rows: { id: string }[] = kind === 'strategic' ? tree.strategic : tree.goals;
          find(rows, id, kind);
          await repo.renameNode(trx, kind === 'strategic' ? 'strategic_goals' : 'goals', id, title, now);
        },
      );
    },

    async updateMeasure({ caseId, measureId, measure, amendment, expectedUpdatedAt }: ParsedInput<'goals.updateMeasure'>) {
      const { pinned, catalogue } = await context(caseId);
      await checkLinks(caseId, catalogue, pinned.modules, measure);
      return change(
        caseId,
        amendment,
        (tree, cat) => ({
          subject: nodeSubject(tree, cat, 'measure', measureId),
          changes: describeChanges(MEASURE_LABELS, measureSummary(rowToInput(find(tree.measures, measureId, 'measure'))), measureSummary(measure)),
        }),
        async (trx, tree, _catalogue, now) => {
          const stored = find(tree.measures, measureId, 'measure');
          if (expectedUpdatedAt !== undefined && stored.updated_at !== expectedUpdatedAt) {
            throw staleWrite('measure', `Die Maßnahme „${stored.title}“ wurde inzwischen an anderer Stelle geändert (zuletzt ${formatGermanDateTime(stored.updated_at)}). Ihre Eingaben wurden nicht gespeichert; bitte den gespeicherten Stand laden und danach ändern.`);
          }
          // The version moves on even within the same millisecond.
          await repo.updateMeasure(trx, measureId, measureColumns(measure), now > stored.updated_at ? now : new Date(Date.parse(stored.updated_at) + 1).toISOString());
        },
      );
    },

    move({ caseId, kind, id, parentId, toPosition, amendment }: ParsedInput<'goals.move'>) {
      return change(
        caseId,
        amendment,
        (tree, catalogue) => ({ subject: nodeSubject(tree, catalogue, kind, id), changes: ['neu eingeordnet'] }),
        async (trx, tree, catalogue, now) => {
          if (kind === 'strategic') {
            const row = find(tree.strategic, id, kind);
            if (!catalogue.fields.some((field) => field.id === parentId)) throw invalidInput('parentId', `Das Feld „${parentId}“ gibt es nicht.`);
            await repo.moveNode(trx, 'strategic_goals', caseId, id, row.field_id, parentId, toPosition, now);
          } else if (kind === 'goal') {
            const row = find(tree.goals, id, kind);
            find(tree.strategic, parentId, 'strategic');
            await repo.moveNode(trx, 'goals', caseId, id, row.strategic_goal_id, parentId, toPosition, now);
          } else {
            const row = find(tree.measures, id, kind);
            find(tree.goals, parentId, 'goal');
            await repo.moveNode(trx, 'measures', caseId, id, row.goal_id, parentId, toPosition, now);
          }
        },
      );
    },

    remove({ caseId, kind, id, amendment }: ParsedInput<'goals.remove'>) {
      return change(
        caseId,
        amendment,
        (tree, catalogue) => ({ subject: nodeSubject(tree, catalogue, kind, id), changes: ['entfernt'] }),
        async (trx, tree) => {
          const parent =
            kind === 'strategic' ? find(tree.strategic, id, kind).field_id : kind === 'goal' ? find(tree.goals, id, kind).strategic_goal_id : find(tree.measures, id, kind).goal_id;
          await repo.removeNode(trx, TABLE[kind], caseId, id, parent);
        },
      );
    },

    async adopt({ caseId, resolutionDate, drucksache }: ParsedInput<'goals.adopt'>): Promise<Agreement> {
      const { pinned, catalogue } = await context(caseId);
      assertCanChange(pinned, 'agreement');
      await resolutionRules.record(caseId, catalogue, resolutionDate, drucksache, pinned.certificateDate);
      return get(caseId);
    },

    /** Corrects a wrongly recorded resolution (date or Drucksache); the correction is kept with its reason. */
    async correctResolution({ caseId, resolutionDate, drucksache, reason }: ParsedInput<'goals.correctResolution'>): Promise<Agreement> {
      const { pinned, catalogue } = await context(caseId);
      assertCanChange(pinned, 'amendments');
      await resolutionRules.correct(caseId, catalogue, resolutionDate, drucksache, reason, pinned.certificateDate);
      return get(caseId);
    },

    async saveReport({ caseId, year, reportDate, comment, entries }: ParsedInput<'goals.saveReport'>) {
      const { pinned, catalogue } = await context(caseId);
      assertCanChange(pinned, 'reports');
      const dateProblem = reportDateProblem(reportDate, await resolutionRules.milestones(caseId, pinned.certificateDate, year), termsOf(catalogue));
      if (dateProblem) throw invalidInput('reportDate', dateProblem);
      const yearlyReports = catalogue.implementation.yearlyReports;
      if (year > yearlyReports) throw invalidInput('year', `Dieses Verfahren hat ${yearlyReports} Jahresberichte; ein Bericht für das ${year}. Jahr ist nicht vorgesehen.`);
      const own = await repo.measureIds(db, caseId);
      const foreign = entries.find((entry) => !own.has(entry.measureId));
      if (foreign) throw invalidInput('entries', 'Der Bericht nennt eine Maßnahme, die nicht zu diesem Auditfall gehört.');
      await repo.saveReport(db, { caseId, year, reportDate, comment, entries, newId: randomUUID(), now: clock.nowIso() }, (trx, reportDates) =>
        dateMilestonePhases(trx, caseId, catalogue, { kind: 'report', reportDates, reportsExpected: catalogue.implementation.yearlyReports, certificateDate: pinned.certificateDate }),
      );
      return get(caseId);
    },

    /** Copies open measures of the previous round into this one, with their goal and strategic goal. */
    async carryOver({ caseId, measureIds }: ParsedInput<'goals.carryOver'>) {
      const { pinned, catalogue } = await context(caseId);
      if (!pinned.previousCaseId) throw new AppError('CONFLICT', `Nur eine Folgerunde (${termsOf(catalogue).nextRound}) mit vorherigem Auditfall kann Maßnahmen übernehmen.`);
      const previousTree = await repo.loadTree(db, pinned.previousCaseId);
      return change(
        caseId,
        null,
        () => ({ subject: 'Übernahme aus dem Bilanzierungsaudit', changes: [] }),
        async (trx, tree, catalogue, now) => {
          const carried = new Set(tree.measures.map((row) => row.carried_from));
          for (const id of measureIds) {
            const source = previousTree.measures.find((row) => row.id === id);
            if (!source) throw invalidInput('measureIds', 'Eine gewählte Maßnahme gehört nicht zum vorherigen Auditfall.');
            if (carried.has(id)) continue;
            const goal = previousTree.goals.find((row) => row.id === source.goal_id)!;
            const strategic = previousTree.strategic.find((row) => row.id === goal.strategic_goal_id)!;
            if (!catalogue.fields.some((field) => field.id === strategic.field_id)) continue;
            const current = await repo.loadTree(trx, caseId);
            let strategicId = current.strategic.find((row) => row.field_id === strategic.field_id && row.title === strategic.title)?.id;
            if (!strategicId) {
              strategicId = randomUUID();
              await repo.insertStrategic(trx, { id: strategicId, case_id: caseId, field_id: strategic.field_id, title: strategic.title, position: await repo.nextPosition(trx, 'strategic_goals', caseId, strategic.field_id), created_at: now, updated_at: now });
            }
            let goalId = current.goals.find((row) => row.strategic_goal_id === strategicId && row.title === goal.title)?.id;
            if (!goalId) {
              goalId = randomUUID();
              await repo.insertGoal(trx, { id: goalId, case_id: caseId, strategic_goal_id: strategicId, title: goal.title, position: await repo.nextPosition(trx, 'goals', caseId, strategicId), created_at: now, updated_at: now });
            }
            await repo.insertMeasure(trx, {
              ...measureColumns({ ...rowToInput(source), linkedItemId: null, linkedQuestionId: null }),
              id: randomUUID(),
              case_id: caseId,
              goal_id: goalId,
              position: await repo.nextPosition(trx, 'measures', caseId, goalId),
              carried_from: id,
              created_at: now,
              updated_at: now,
            });
          }
        },
      );
    },
  };
}

export type GoalsService = ReturnType<typeof createGoalsService>;
