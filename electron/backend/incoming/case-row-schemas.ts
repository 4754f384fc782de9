import { DOCUMENT_TYPE_KEYS } from '../../../shared/evidence/document-types';
import { placeSchema } from '../../../shared/evidence/document-places';
import { createHash } from 'node:crypto';
import { MAX_YEARLY_REPORTS, stableIdSchema } from '../../../shared/catalogue/catalogue-schema';
import { auditRoundSchema, bundeslandSchema, caseKindSchema } from '../../../shared/contract/cases';
import { idSchema, isoDateSchema, isoDateTimeSchema } from '../../../shared/contract/common';
import { measureStatusSchema, prioritySchema } from '../../../shared/contract/goals';
import { itemKindSchema } from '../../../shared/contract/scoring';
import { MAX_PROTOCOL_LENGTH, memberGroupSchema, participantCountsSchema, participantGroupSchema } from '../../../shared/contract/participation';
import { MAX_IDEA_LENGTH } from '../../../shared/contract/ideas';
import { IDEA_STATUSES, MAX_VOTES } from '../../../shared/vocabulary/participation';
import { bundeslandMismatchMessage, checkAgs } from '../../../shared/domain/ags';
import { isXmlSafe, XML_UNSAFE_MESSAGE } from '../../../shared/domain/xml-safe-text';
import { z } from '../../../shared/zod';
import { CRITERION_RATINGS, RECOMMENDATIONS } from '../../../shared/vocabulary/certification';

/**
 * What a stored row of each case-data table may hold, column by column: the same limits and
 * vocabularies as the contract's input schemas, in the shape the repositories write. Every row
 * that arrives from outside (a transfer file, a backup) passes these before it is kept. Rules
 * that need the case's catalogue are in `catalogue-row-rules.ts`.
 */

const text = (max: number) => z.string().max(max, { message: `Höchstens ${max} Zeichen.` }).refine(isXmlSafe, { message: XML_UNSAFE_MESSAGE });
const requiredText = (max: number) => text(max).refine((value) => value.trim().length > 0, { message: 'Darf nicht leer sein.' });
const timestamp = isoDateTimeSchema;
const position = z.number().int().min(0).max(100_000);
const flag = z.union([z.literal(0), z.literal(1)]);
const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'Kein Monat der Form JJJJ-MM.' });
const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, { message: 'Keine SHA-256-Prüfsumme.' });

/** A column holding JSON text that must parse and match `schema`. */
function jsonColumn<S extends z.ZodType>(schema: S) {
  return z
    .string()
    .max(1_000_000)
    .transform((value, ctx) => {
      try {
        return JSON.parse(value) as unknown;
      } catch {
        ctx.addIssue({ code: 'custom', message: 'Kein gültiges JSON.' });
        return z.NEVER;
      }
    })
    .pipe(schema);
}

const stringList = (max: number, itemMax: number) => z.array(text(itemMax)).max(max);

/** Any JSON value the questionnaire can hold; whether it fits its question is a catalogue rule. */
const answerJson = jsonColumn(z.union([z.number(), text(20_000), z.array(text(200)).max(200)], { message: 'Keine Zahl, kein Text und keine Auswahl.' }));

const casesRow = z
  .object({
    id: idSchema,
    municipality_name: requiredText(200),
    ags: z.string(),
    kind: caseKindSchema,
    landkreis: text(200),
    bundesland: z.enum(bundeslandSchema.options, { message: 'Kein Bundesland (01 bis 16).' }),
    population: z.number().int().min(0).max(20_000_000).nullable(),
    catalogue_id: stableIdSchema,
    catalogue_version: z.number().int().min(1),
    modules: jsonColumn(z.array(stableIdSchema).max(50)),
    audit_round: auditRoundSchema,
    previous_case_id: idSchema.nullable(),
    auditor: text(200),
    lead_name: text(200),
    lead_role: text(200),
    lead_contact: text(300),
    notes: text(20_000),
    /** Since schema 13. */
    motto: text(200).optional(),
    search_text: text(50_000),
    /** Recomputed from the name when the row is written; only its length matters here. */
    name_sort_key: text(2_000).optional(),
    created_at: timestamp,
    updated_at: timestamp,
    archived_at: timestamp.nullable(),
    deleted_at: timestamp.nullable(),
  })
  .superRefine((row, ctx) => {
    const ags = checkAgs(row.ags, row.kind);
    if (!ags.ok) ctx.addIssue({ code: 'custom', path: ['ags'], message: ags.message });
    else {
      const mismatch = bundeslandMismatchMessage(row.ags, row.bundesland);
      if (mismatch) ctx.addIssue({ code: 'custom', path: ['bundesland'], message: mismatch });
    }
    if (row.audit_round === 'erstaudit' && row.previous_case_id) ctx.addIssue({ code: 'custom', path: ['previous_case_id'], message: 'Eine erste Runde (Erstaudit bzw. Erstverfahren) hat keinen vorherigen Auditfall.' });
    if (row.previous_case_id === row.id) ctx.addIssue({ code: 'custom', path: ['previous_case_id'], message: 'Ein Auditfall kann nicht sein eigener Vorgänger sein.' });
  });

const casePhasesRow = z
  .object({
    case_id: idSchema,
    phase_key: stableIdSchema,
    position,
    planned_start: isoDateSchema.nullable(),
    planned_end: isoDateSchema.nullable(),
    actual_start: isoDateSchema.nullable(),
    actual_end: isoDateSchema.nullable(),
    note: text(2000),
  })
  .superRefine((row, ctx) => {
    if (row.planned_start && row.planned_end && row.planned_end < row.planned_start) ctx.addIssue({ code: 'custom', path: ['planned_end'], message: 'Das geplante Ende liegt vor dem Beginn.' });
    if (row.actual_start && row.actual_end && row.actual_end < row.actual_start) ctx.addIssue({ code: 'custom', path: ['actual_end'], message: 'Das Ende liegt vor dem Beginn.' });
  });

const answersRow = z.object({
  case_id: idSchema,
  question_id: stableIdSchema,
  value: answerJson.nullable(),
  reference_date: isoDateSchema.nullable(),
  comment: text(5000),
  source: z.enum(['auditor', 'rathaus']),
  updated_at: timestamp,
});

const importSummary = jsonColumn(z.record(z.string(), z.unknown()));

const questionnaireImportsRow = z
  .object({
  id: idSchema,
  case_id: idSchema,
  file_name: requiredText(260),
  file_content: z.instanceof(Buffer, { message: 'Der Dateiinhalt ist nicht lesbar.' }),
  file_sha256: sha256Hex,
  imported_at: timestamp,
  imported_by: text(200),
  applied: flag,
  summary: importSummary,
  })
  .refine((row) => createHash('sha256').update(row.file_content).digest('hex') === row.file_sha256, { path: ['file_sha256'], message: 'Die Prüfsumme passt nicht zur gespeicherten Datei.' });

const questionnaireExportsRow = z.object({
  id: idSchema,
  case_id: idSchema,
  exported_at: timestamp,
  exported_answers: jsonColumn(
    z.record(stableIdSchema, z.object({ value: z.union([z.number(), text(20_000), z.array(text(200)).max(200)]).nullable(), referenceDate: isoDateSchema.nullable(), comment: text(5000) }).strict()),
  ),
});

const conceptVersionsRow = z.object({
  id: idSchema,
  case_id: idSchema,
  number: z.number().int().min(1).max(100_000),
  concept_name: requiredText(60),
  version_date: isoDateSchema,
  exported_at: timestamp,
});

const documentsRow = z.object({
  id: idSchema,
  case_id: idSchema,
  title: requiredText(300),
  document_date: isoDateSchema.nullable(),
  description: text(2000),
  file_name: requiredText(200),
  document_type: z.enum(DOCUMENT_TYPE_KEYS),
  size: z.number().int().min(1),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  added_by: text(200),
  added_at: timestamp,
});

const documentLinksRow = z.object({ id: idSchema, document_id: idSchema, place: placeSchema, created_at: timestamp });

const criterionRatingsRow = z
  .object({
    case_id: idSchema,
    criterion_id: stableIdSchema,
    value: z.number().int().nullable(),
    not_ratable: flag,
    justification: text(4000),
    evidence: jsonColumn(z.array(stableIdSchema).max(50)),
    updated_at: timestamp,
  })
  .refine((row) => !(row.not_ratable === 1 && row.value !== null), { path: ['value'], message: 'Ein nicht bewertbares Kriterium hat keinen Wert.' });

const fieldSummariesRow = z.object({ case_id: idSchema, field_id: stableIdSchema, summary: text(10_000), updated_at: timestamp });

const fieldItemsRow = z.object({
  id: idSchema,
  case_id: idSchema,
  field_id: stableIdSchema,
  kind: itemKindSchema,
  text: requiredText(1000),
  position,
  created_at: timestamp,
  updated_at: timestamp,
});

const goalNode = { id: idSchema, case_id: idSchema, title: requiredText(500), position, created_at: timestamp, updated_at: timestamp };
const strategicGoalsRow = z.object({ ...goalNode, field_id: stableIdSchema });
const goalsRow = z.object({ ...goalNode, strategic_goal_id: idSchema });

const measuresRow = z
  .object({
    id: idSchema,
    case_id: idSchema,
    goal_id: idSchema,
    position,
    title: requiredText(500),
    description: text(5000),
    responsible_unit: text(200),
    responsible_person: text(200),
    start_month: month.nullable(),
    end_month: month.nullable(),
    budget_cents: z.number().int().min(0).max(100_000_000_000).nullable(),
    budget_note: text(300),
    priority: prioritySchema,
    linked_item_id: idSchema.nullable(),
    linked_question_id: stableIdSchema.nullable(),
    carried_from: idSchema.nullable(),
    created_at: timestamp,
    updated_at: timestamp,
  })
  .refine((row) => !row.start_month || !row.end_month || row.end_month >= row.start_month, { path: ['end_month'], message: 'Das Ende liegt vor dem Beginn.' });

const agreementResolutionsRow = z.object({ case_id: idSchema, resolution_date: isoDateSchema, drucksache: requiredText(100), recorded_at: timestamp });

const agreementAmendmentsRow = z.object({
  id: idSchema,
  case_id: idSchema,
  amended_on: isoDateSchema,
  reason: text(2000),
  subject: text(1000),
  changes: jsonColumn(stringList(500, 2000)),
  recorded_at: timestamp,
});

const projectMembersRow = z
  .object({
    id: idSchema,
    case_id: idSchema,
    name: requiredText(200),
    member_group: memberGroupSchema,
    role: text(200),
    contact: text(300),
    member_from: isoDateSchema.nullable(),
    member_until: isoDateSchema.nullable(),
    created_at: timestamp,
    updated_at: timestamp,
  })
  .refine((row) => !row.member_from || !row.member_until || row.member_until >= row.member_from, { path: ['member_until'], message: 'Das Ende der Mitgliedschaft liegt vor ihrem Beginn.' });

const ideasRow = z
  .object({
    id: idSchema,
    case_id: idSchema,
    text: requiredText(MAX_IDEA_LENGTH),
    field_id: stableIdSchema,
    event_id: idSchema.nullable(),
    contributor_group: participantGroupSchema.nullable(),
    cluster: text(120),
    status: z.enum(IDEA_STATUSES),
    status_reason: text(1000),
    votes: z.number().int().min(0).max(MAX_VOTES),
    measure_id: idSchema.nullable(),
    created_at: timestamp,
    updated_at: timestamp,
  })
  .refine((row) => (row.status === 'uebernommen') === (row.measure_id !== null), { path: ['status'], message: 'Übernommen ist eine Idee genau dann, wenn sie mit einer Maßnahme verknüpft ist.' });

const participationEventsRow = z.object({
  id: idSchema,
  case_id: idSchema,
  format_id: stableIdSchema,
  title: text(300),
  held_on: isoDateSchema.nullable(),
  place: text(300),
  moderation: text(300),
  agenda: text(5000),
  participant_counts: jsonColumn(participantCountsSchema),
  organisations: jsonColumn(z.array(z.object({ organisation: text(200), role: text(200) }).strict()).max(200)),
  priority_fields: jsonColumn(z.array(stableIdSchema).max(20)),
  protocol: text(MAX_PROTOCOL_LENGTH),
  created_at: timestamp,
  updated_at: timestamp,
});

const implementationReportsRow = z.object({
  id: idSchema,
  case_id: idSchema,
  year: z.number().int().min(1).max(MAX_YEARLY_REPORTS),
  report_date: isoDateSchema,
  comment: text(10_000),
  updated_at: timestamp,
});

const reportEntriesRow = z.object({ report_id: idSchema, measure_id: idSchema, status: measureStatusSchema, comment: text(2000) });

const certificationRatingsRow = z.object({
  case_id: idSchema,
  criterion_id: stableIdSchema,
  rating: z.enum(CRITERION_RATINGS),
  justification: text(4000),
  updated_at: timestamp,
});

const certificationDecisionsRow = z
  .object({
    case_id: idSchema,
    override_recommendation: z.enum(RECOMMENDATIONS).nullable(),
    override_reason: text(4000),
    conditions: jsonColumn(stringList(50, 1000)),
    certificate_date: isoDateSchema.nullable(),
    finalized_at: timestamp.nullable(),
    updated_at: timestamp,
  })
  .refine((row) => row.override_recommendation === null || row.override_reason.trim().length > 0, { path: ['override_reason'], message: 'Eine abweichende Empfehlung braucht eine Begründung.' });

const certificationReopeningsRow = z.object({ id: idSchema, case_id: idSchema, reason: requiredText(4000), reopened_at: timestamp });

/** One schema per case-data table; a table without one is refused, so no new table escapes the check. */
export const CASE_ROW_SCHEMAS: ReadonlyMap<string, z.ZodType> = new Map<string, z.ZodType>([
  ['cases', casesRow],
  ['case_phases', casePhasesRow],
  ['answers', answersRow],
  ['questionnaire_imports', questionnaireImportsRow],
  ['questionnaire_exports', questionnaireExportsRow],
  ['concept_versions', conceptVersionsRow],
  ['documents', documentsRow],
  ['document_links', documentLinksRow],
  ['criterion_ratings', criterionRatingsRow],
  ['field_summaries', fieldSummariesRow],
  ['field_items', fieldItemsRow],
  ['strategic_goals', strategicGoalsRow],
  ['goals', goalsRow],
  ['measures', measuresRow],
  ['agreement_resolutions', agreementResolutionsRow],
  ['agreement_amendments', agreementAmendmentsRow],
  ['project_members', projectMembersRow],
  ['participation_events', participationEventsRow],
  ['ideas', ideasRow],
  ['implementation_reports', implementationReportsRow],
  ['report_entries', reportEntriesRow],
  ['certification_ratings', certificationRatingsRow],
  ['certification_decisions', certificationDecisionsRow],
  ['certification_reopenings', certificationReopeningsRow],
]);
