import type { PoolGrouping, RegisterRow } from '../../../shared/contract/pool';
import { distribution, type Distribution } from '../../../shared/pool/statistics';
import { DEFAULT_POPULATION_CLASSES, populationClassOf, type PopulationClass } from '../../../shared/pool/population-classes';
import { registerFlags } from '../../../shared/pool/register-flags';
import { BUNDESLAENDER, type BundeslandCode } from '../../../shared/domain/bundeslaender';
import { CASE_KIND_LABELS, type CaseKind } from '../../../shared/vocabulary/cases';
import type { OpenPool } from './db/open-pool';
import { consolidatedTable, type ConsolidatedTable } from './consolidated-table';

interface FieldStatistics extends Distribution {
  fieldId: string;
  code: string;
  name: string;
}

interface GroupStatistics {
  group: string;
  label: string;
  catalogueId: string;
  catalogueVersion: number;
  cases: number;
  fields: FieldStatistics[];
}

/** The register and the comparison, read from the current submission of every case. */
export function createPoolQueryService(pool: OpenPool, options: { classes?: readonly PopulationClass[]; today?: () => string } = {}) {
  const classes = options.classes ?? DEFAULT_POPULATION_CLASSES;
  const today = options.today ?? (() => new Date().toISOString().slice(0, 10));

  async function currentRows() {
    return pool.db
      .selectFrom('pool_cases')
      .innerJoin('pool_submissions', 'pool_submissions.id', 'pool_cases.current_submission_id')
      .leftJoin('pool_keys', 'pool_keys.fingerprint', 'pool_submissions.key_fingerprint')
      .select([
        'pool_cases.case_id as caseId',
        'pool_cases.submission_count as submissions',
        'pool_cases.conflict_count as conflicts',
        'pool_cases.last_received_at as lastReceivedAt',
        'pool_submissions.id as submissionId',
        'pool_submissions.municipality_name as municipalityName',
        'pool_submissions.name_key as nameKey',
        'pool_submissions.ags',
        'pool_submissions.kind',
        'pool_submissions.landkreis',
        'pool_submissions.bundesland',
        'pool_submissions.population',
        'pool_submissions.catalogue_id as catalogueId',
        'pool_submissions.catalogue_version as catalogueVersion',
        'pool_submissions.catalogue_name as catalogueName',
        'pool_submissions.audit_round as auditRound',
        'pool_submissions.auditor',
        'pool_submissions.resolution_date as resolutionDate',
        'pool_submissions.recommendation',
        'pool_submissions.finalized',
        'pool_submissions.certificate_date as certificateDate',
        'pool_submissions.certificate_valid_until as certificateValidUntil',
        'pool_submissions.exported_at as exportedAt',
        'pool_submissions.signature_state as signature',
        'pool_submissions.yearly_reports_expected as yearlyReportsExpected',
        'pool_submissions.yearly_reports as yearlyReports',
        'pool_submissions.overall_score as overallScore',
        'pool_keys.trust as keyTrust',
      ])
      .orderBy('pool_submissions.name_key')
      .orderBy('pool_cases.case_id')
      .execute();
  }

  async function currentScores() {
    return pool.db
      .selectFrom('pool_field_scores')
      .innerJoin('pool_cases', 'pool_cases.current_submission_id', 'pool_field_scores.submission_id')
      .select(['pool_field_scores.submission_id as submissionId', 'pool_field_scores.field_id as fieldId', 'pool_field_scores.code', 'pool_field_scores.name', 'pool_field_scores.position', 'pool_field_scores.score'])
      .orderBy('pool_field_scores.position')
      .execute();
  }

  async function register(): Promise<RegisterRow[]> {
    const [rows, scores] = await Promise.all([currentRows(), currentScores()]);
    const bySubmission = new Map<string, Record<string, number | null>>();
    for (const score of scores) {
      const fields = bySubmission.get(score.submissionId) ?? {};
      fields[score.fieldId] = score.score;
      bySubmission.set(score.submissionId, fields);
    }
    const day = today();
    return rows.map((row) => {
      const reports = JSON.parse(row.yearlyReports) as { year: number }[];
      const flags = registerFlags({ certificateDate: row.certificateDate, certificateValidUntil: row.certificateValidUntil, yearlyReportsExpected: row.yearlyReportsExpected ?? 0, yearlyReportYears: reports.map((report) => report.year) }, day);
      return {
        caseId: row.caseId,
        municipalityName: row.municipalityName,
        ags: row.ags,
        kind: row.kind as CaseKind,
        landkreis: row.landkreis,
        bundesland: row.bundesland as BundeslandCode,
        population: row.population === null ? null : Number(row.population),
        populationClass: populationClassOf(row.population === null ? null : Number(row.population), classes).id,
        catalogueId: row.catalogueId,
        catalogueVersion: Number(row.catalogueVersion),
        catalogueName: row.catalogueName,
        auditRound: row.auditRound as RegisterRow['auditRound'],
        auditor: row.auditor,
        resolutionDate: row.resolutionDate,
        recommendation: row.recommendation as RegisterRow['recommendation'],
        finalized: Number(row.finalized) === 1,
        certificateDate: row.certificateDate,
        certificateValidUntil: row.certificateValidUntil,
        exportedAt: row.exportedAt,
        lastReceivedAt: row.lastReceivedAt,
        submissions: Number(row.submissions),
        conflicts: Number(row.conflicts),
        signature: row.signature as RegisterRow['signature'],
        keyTrust: (row.keyTrust as RegisterRow['keyTrust']) ?? null,
        ...flags,
        overallScore: row.overallScore,
        fieldScores: bySubmission.get(row.submissionId) ?? {},
      };
    });
  }

  function groupOf(row: RegisterRow, by: PoolGrouping | null): { group: string; label: string } {
    if (by === 'bundesland') return { group: row.bundesland, label: BUNDESLAENDER[row.bundesland] };
    if (by === 'kind') return { group: row.kind, label: CASE_KIND_LABELS[row.kind] };
    if (by === 'groessenklasse') {
      const found = populationClassOf(row.population, classes);
      return { group: found.id, label: found.label };
    }
    return { group: 'alle', label: 'alle Fälle' };
  }

  /** Per catalogue version and group, the distribution of every field's score. */
  async function statistics(by: PoolGrouping | null): Promise<GroupStatistics[]> {
    const [rows, scores] = await Promise.all([register(), currentScores()]);
    const fieldNames = new Map(scores.map((score) => [score.fieldId, { code: score.code, name: score.name, position: score.position }]));
    const groups = new Map<string, { head: Omit<GroupStatistics, 'fields' | 'cases'>; rows: RegisterRow[] }>();
    for (const row of rows) {
      const { group, label } = groupOf(row, by);
      const key = `${row.catalogueId}\u0000${row.catalogueVersion}\u0000${group}`;
      const entry = groups.get(key) ?? { head: { group, label, catalogueId: row.catalogueId, catalogueVersion: row.catalogueVersion }, rows: [] };
      entry.rows.push(row);
      groups.set(key, entry);
    }
    return [...groups.values()].map(({ head, rows: members }) => {
      const fieldIds = [...new Set(members.flatMap((row) => Object.keys(row.fieldScores)))].sort((a, b) => (fieldNames.get(a)?.position ?? 0) - (fieldNames.get(b)?.position ?? 0));
      return {
        ...head,
        cases: members.length,
        fields: fieldIds.map((fieldId) => ({ fieldId, code: fieldNames.get(fieldId)?.code ?? fieldId, name: fieldNames.get(fieldId)?.name ?? fieldId, ...distribution(members.map((row) => row.fieldScores[fieldId] ?? null)) })),
      };
    });
  }

  /** One row per case with register columns, field scores and criterion ratings, for the association's own analyses. */
  async function consolidated(): Promise<ConsolidatedTable> {
    const [rows, scores, criteria] = await Promise.all([
      register(),
      currentScores(),
      pool.db
        .selectFrom('pool_criterion_ratings')
        .innerJoin('pool_cases', 'pool_cases.current_submission_id', 'pool_criterion_ratings.submission_id')
        .select(['pool_cases.case_id as caseId', 'pool_criterion_ratings.criterion_id as criterionId', 'pool_criterion_ratings.rating'])
        .execute(),
    ]);
    const ratings = new Map<string, Map<string, string | null>>();
    for (const entry of criteria) {
      const ofCase = ratings.get(entry.caseId) ?? new Map<string, string | null>();
      ofCase.set(entry.criterionId, entry.rating);
      ratings.set(entry.caseId, ofCase);
    }
    const sortedIds = (ids: readonly string[]) => [...new Set(ids)].sort();
    return consolidatedTable(rows, ratings, sortedIds(scores.map((score) => score.fieldId)), sortedIds(criteria.map((entry) => entry.criterionId)), classes);
  }

  return { register, statistics, consolidated };
}
