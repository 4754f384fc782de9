import type { ParsedInput } from '../../../shared/contract';
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Catalogue } from '../../../shared/catalogue/catalogue-schema';
import type { RateInput, Scoring, ScoringField } from '../../../shared/contract/scoring';
import { sectionsForCase } from '../../../shared/questionnaire/sections';
import { compareScores, completeness, fieldScore, isOnScale, normalise, overallScore, type Rating } from '../../../shared/scoring/scores';
import { assertCanChange, type CasesService } from '../cases/cases.service';
import { canChange, lockReason } from '../../../shared/domain/round-state';
import type { Clock } from '../clock';
import type { DatabaseSchema, FieldItemKind } from '../db/schema';
import { invalidInput, notFound, staleText } from '../errors';
import * as repo from './scoring.repository';
import { profileChartPng } from '../charts/profile-chart';
import { safeFileStem } from '../../../shared/domain/file-names';
import type { FileOutput } from '../../../shared/contract/questionnaire-exchange';

type Db = Kysely<DatabaseSchema>;

function toRating(row: repo.RatingRow): Rating | null {
  if (row.not_ratable === 1) return { kind: 'notRatable' };
  return row.value === null ? null : { kind: 'value', value: row.value };
}

function scaleOf(catalogue: Catalogue, fieldId: string) {
  const scored = catalogue.scoring.fields.find((field) => field.fieldId === fieldId);
  return { scored, scale: scored?.scale ?? catalogue.scoring.scale };
}

/** Strengths/weaknesses per field: rated criteria, lists, summary, scores and the comparison with the previous round. */
export function createScoringService({ db, clock, cases }: { db: Db; clock: Clock; cases: CasesService }) {
  async function fieldsOf(caseId: string): Promise<{ catalogue: Catalogue; fields: ScoringField[] }> {
    const { catalogue } = await cases.context(caseId);
    const ratingRows = new Map((await repo.findRatings(db, caseId)).map((row) => [row.criterion_id, row]));
    const items = await repo.findItems(db, caseId);
    const summaries = await repo.findSummaries(db, caseId);
    const fields = catalogue.fields.map((field): ScoringField => {
      const { scored, scale } = scaleOf(catalogue, field.id);
      const criteria = scored?.criteria ?? [];
      const ratings = new Map<string, Rating>();
      for (const criterion of criteria) {
        const row = ratingRows.get(criterion.id);
        const rating = row ? toRating(row) : null;
        if (rating) ratings.set(criterion.id, rating);
      }
      const score = fieldScore(criteria, ratings, scale);
      return {
        id: field.id,
        code: field.code,
        name: field.name,
        scale,
        criteria: criteria.map((criterion) => {
          const row = ratingRows.get(criterion.id);
          return {
            id: criterion.id,
            text: criterion.text,
            ...(criterion.help ? { help: criterion.help } : {}),
            weight: criterion.weight,
            rating: row
              ? {
                  criterionId: row.criterion_id,
                  value: row.value,
                  notRatable: row.not_ratable === 1,
                  justification: row.justification,
                  evidence: JSON.parse(row.evidence) as string[],
                  updatedAt: row.updated_at,
                }
              : null,
            score: row?.value !== null && row?.value !== undefined && isOnScale(row.value, scale) ? Math.round(normalise(row.value, scale) * 10) / 10 : null,
          };
        }),
        items: items.filter((item) => item.field_id === field.id).map((item) => ({ id: item.id, kind: item.kind, text: item.text, position: item.position })),
        summary: summaries.get(field.id) ?? '',
        score: score.score,
        rated: score.rated,
        notRatable: score.notRatable,
        total: score.total,
      };
    });
    return { catalogue, fields };
  }

  async function get(caseId: string): Promise<Scoring> {
    const pinned = await cases.pinnedCatalogue(caseId);
    const { catalogue, fields } = await fieldsOf(caseId);
    const overall = overallScore(fields.map((field) => field.score));
    let previous: Scoring['previous'] = null;
    const previousCase = pinned.previousCaseId ? await cases.pinnedCatalogue(pinned.previousCaseId).catch(() => null) : null;
    // The previous round counts whatever its state: finalised is its normal state.
    if (pinned.previousCaseId && previousCase) {
      const earlier = await fieldsOf(pinned.previousCaseId);
      const texts = (field: ScoringField, kind: FieldItemKind) => field.items.filter((item) => item.kind === kind).map((item) => item.text);
      previous = {
        caseId: pinned.previousCaseId,
        municipalityName: previousCase.municipalityName,
        createdAt: previousCase.createdAt,
        overall: overallScore(earlier.fields.map((field) => field.score)),
        fields: earlier.fields.map((field) => ({ id: field.id, name: field.name, score: field.score, strengths: texts(field, 'staerke'), weaknesses: texts(field, 'schwaeche') })),
      };
    }
    return {
      caseId,
      editable: canChange(pinned.state, 'scoring'),
      lockReason: lockReason(pinned.state, 'scoring'),
      fieldLabel: catalogue.fieldLabel,
      fields,
      overall,
      completeness: completeness(fields),
      previous,
      comparison: previous
        ? fields.map((field) => {
            const before = previous.fields.find((candidate) => candidate.id === field.id)?.score ?? null;
            return { fieldId: field.id, previous: before, current: field.score, ...compareScores(before, field.score) };
          })
        : [],
    };
  }

  async function editable(caseId: string) {
    const { pinned, catalogue } = await cases.context(caseId);
    assertCanChange(pinned, 'scoring');
    return { pinned, catalogue };
  }

  async function ownItem(caseId: string, itemId: string) {
    const item = await repo.findItem(db, caseId, itemId);
    if (!item) throw notFound('Der Eintrag wurde nicht gefunden. Vielleicht wurde er schon gelöscht.');
    return item;
  }

  return {
    get,

    /** The profile as a picture with title, legend and values: the same as on the workbook's cover. */
    async exportChart(caseId: string): Promise<FileOutput> {
      const [pinned, scores] = await Promise.all([cases.pinnedCatalogue(caseId), get(caseId)]);
      const png = await profileChartPng(scores, `Stärken-Schwächen-Profil – ${pinned.municipalityName}`);
      return { fileName: `Profil_${safeFileStem(pinned.municipalityName)}_${clock.today()}.png`, contentBase64: png.toString('base64') };
    },

    async rate(input: RateInput): Promise<Scoring> {
      const { pinned, catalogue } = await editable(input.caseId);
      const field = catalogue.scoring.fields.find((candidate) => candidate.criteria.some((criterion) => criterion.id === input.criterionId));
      if (!field) throw invalidInput('criterionId', `Das Kriterium „${input.criterionId}“ gibt es im Katalog dieses Auditfalls nicht.`);
      const scale = field.scale ?? catalogue.scoring.scale;
      if (input.value !== null && !isOnScale(input.value, scale)) {
        throw invalidInput('value', `Die Bewertung muss eine ganze Zahl von ${scale.min} bis ${scale.max} sein.`);
      }
      const questionIds = new Set(sectionsForCase(catalogue, pinned.modules).flatMap((section) => section.questions.map((question) => question.id)));
      const unknown = input.evidence.find((id) => !questionIds.has(id));
      if (unknown) throw invalidInput('evidence', `„${unknown}“ ist keine Frage im Fragebogen dieses Auditfalls.`);
      const outcome = await repo.upsertRating(
        db,
        {
          case_id: input.caseId,
          criterion_id: input.criterionId,
          value: input.value,
          not_ratable: input.notRatable ? 1 : 0,
          justification: input.justification,
          evidence: JSON.stringify([...new Set(input.evidence)]),
          updated_at: clock.nowIso(),
        },
        input.expectedJustification,
      );
      if (!outcome.stored) throw staleText('justification', 'Diese Begründung', outcome.storedText);
      return get(input.caseId);
    },

    async saveSummary({ caseId, fieldId, summary, expectedSummary }: ParsedInput<'scoring.saveSummary'>): Promise<Scoring> {
      const { catalogue } = await editable(caseId);
      if (!catalogue.fields.some((field) => field.id === fieldId)) throw invalidInput('fieldId', `Das Feld „${fieldId}“ gibt es nicht.`);
      const outcome = await repo.upsertSummary(db, { caseId, fieldId, summary, now: clock.nowIso() }, expectedSummary);
      if (!outcome.stored) throw staleText('summary', 'Diese Zusammenfassung', outcome.storedText);
      return get(caseId);
    },

    async addItem({ caseId, fieldId, kind, text }: ParsedInput<'scoring.addItem'>): Promise<Scoring> {
      const { catalogue } = await editable(caseId);
      if (!catalogue.fields.some((field) => field.id === fieldId)) throw invalidInput('fieldId', `Das Feld „${fieldId}“ gibt es nicht.`);
      const now = clock.nowIso();
      await repo.insertItem(db, { id: randomUUID(), case_id: caseId, field_id: fieldId, kind, text, created_at: now, updated_at: now });
      return get(caseId);
    },

    async updateItem({ caseId, itemId, text }: ParsedInput<'scoring.updateItem'>): Promise<Scoring> {
      await editable(caseId);
      await ownItem(caseId, itemId);
      await repo.updateItemText(db, caseId, itemId, text, clock.nowIso());
      return get(caseId);
    },

    async moveItem({ caseId, itemId, toPosition }: ParsedInput<'scoring.moveItem'>): Promise<Scoring> {
      await editable(caseId);
      await repo.moveItem(db, await ownItem(caseId, itemId), toPosition);
      return get(caseId);
    },

    async deleteItem({ caseId, itemId }: ParsedInput<'scoring.deleteItem'>): Promise<Scoring> {
      await editable(caseId);
      await repo.deleteItem(db, await ownItem(caseId, itemId));
      return get(caseId);
    },
  };
}

export type ScoringService = ReturnType<typeof createScoringService>;
