import type { ParsedInput } from '../../../shared/contract';
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { formalChecks, type FormalCheckId, type FormalCheckInput } from '../../../shared/certification/formal-checks';
import { criteriaCount, recommend, type CriterionRating, type Recommendation } from '../../../shared/certification/recommendation';
import type { Assessment } from '../../../shared/contract/certification';
import type { FileOutput } from '../../../shared/contract/questionnaire-exchange';
import { buildAssessmentWorkbook } from '../xlsx/assessment-workbook';
import { assessmentWorkbookInput, type ExportSignature } from './assessment-export';
import { signText, type InstallationKey } from '../signing/installation-key';
import { addMonths } from '../../../shared/domain/dates';
import { profileChartPng } from '../charts/profile-chart';
import { assertCanChange, type CasesService } from '../cases/cases.service';
import { canChange, lockReason } from '../../../shared/domain/round-state';
import type { Clock } from '../clock';
import type { DatabaseSchema } from '../db/schema';
import { AppError, invalidInput, staleText } from '../errors';
import type { GoalsService } from '../goals/goals.service';
import type { ParticipationService } from '../participation/participation.service';
import type { IdeasService } from '../participation/ideas.service';
import type { EvidenceService } from '../evidence/evidence.service';
import { citizenParticipation } from '../../../shared/participation/events';
import type { QuestionnaireService } from '../questionnaire/questionnaire.service';
import { safeFileStem } from '../../../shared/domain/file-names';
import type { ScoringService } from '../scoring/scoring.service';
import { certificateDateProblem } from '../../../shared/goals/milestone-order';
import { missedDeadlines } from '../../../shared/domain/timeline';
import * as repo from './certification.repository';
import { dateMilestonePhases } from '../cases/milestone-phases.repository';
import { criterionProposal, DEVIATION_JUSTIFICATION_MIN } from '../../../shared/certification/criterion-proposal';
import { termsOf } from '../../../shared/catalogue/terminology';
import { RESOLUTION_PLACES } from '../../../shared/evidence/document-places';

type Db = Kysely<DatabaseSchema>;

interface Deps {
  appVersion: string;
  db: Db;
  clock: Clock;
  cases: CasesService;
  questionnaire: QuestionnaireService;
  scoring: ScoringService;
  goals: GoalsService;
  participation: ParticipationService;
  ideas: IdeasService;
  evidence: EvidenceService;
  /** The installation's signing key, made on first use. */
  installationKey: () => InstallationKey;
}

function signWith(key: InstallationKey, text: string): ExportSignature {
  return { signature: signText(key, text), publicKey: key.publicKey, fingerprint: key.fingerprint };
}

const GRANTS: readonly Recommendation[] = ['erteilen', 'erteilen_mit_auflagen'];

/** The certification assessment: criteria ratings, computed checks, recommendation, finalising. */
export function createCertificationService({ db, clock, cases, questionnaire, scoring, goals, participation, ideas, evidence, appVersion, installationKey }: Deps) {
  async function checkInput(caseId: string): Promise<FormalCheckInput> {
    const [detail, agreement, answers, scores, events, documents, { catalogue }] = await Promise.all([cases.get(caseId), goals.get(caseId), questionnaire.get(caseId), scoring.get(caseId), participation.get(caseId), evidence.list(caseId), cases.context(caseId)]);
    const asksFor = (id: FormalCheckId) => catalogue.certification.criteria.some((criterion) => criterion.checks?.includes(id));
    const answered = new Set(answers.answers.filter((answer) => answer.value !== null).map((answer) => answer.questionId));
    const goalList = agreement.fields.flatMap((field) => field.strategicGoals.flatMap((strategic) => strategic.goals.map((goal) => ({ ...goal, fieldId: field.id }))));
    return {
      fields: agreement.fields.map((field) => ({ id: field.id, name: `${field.code} ${field.name}` })),
      resolution: agreement.adopted ? { date: agreement.adopted.resolutionDate, drucksache: agreement.adopted.drucksache } : null,
      goals: goalList.map((goal) => ({ id: goal.id, number: goal.number, title: goal.title, fieldId: goal.fieldId, measureCount: goal.measures.length })),
      measures: goalList.flatMap((goal) => goal.measures),
      missingRequiredQuestions: answers.catalogue.sections.flatMap((section) =>
        section.questions.filter((question) => question.required && !answered.has(question.id)).map((question) => ({ id: question.id, text: question.text, fieldId: section.fieldId ?? section.moduleId ?? '' })),
      ),
      ratedCriteria: scores.fields.map((field) => ({ fieldId: field.id, rated: field.rated })),
      overrunWarnings: missedDeadlines(detail.warnings),
      participation: asksFor('beteiligung-buerger') ? citizenParticipation(catalogue.participation.formats, events.events) : null,
      resolutionDocuments: asksFor('beschluss-dokument') ? documents.documents.filter((document) => document.places.some((entry) => entry.place === RESOLUTION_PLACES.agreement)).length : null,
    };
  }

  async function get(caseId: string): Promise<Assessment> {
    const { pinned, catalogue } = await cases.context(caseId);
    const { ratings, decision, reopenings } = await repo.findAssessmentRows(db, caseId);
    const byId = new Map(ratings.map((row) => [row.criterion_id, row]));
    const terms = termsOf(catalogue);
    const checks = formalChecks(await checkInput(caseId), terms);
    const criteria = catalogue.certification.criteria.map((criterion) => {
      const rated = { rating: (byId.get(criterion.id)?.rating ?? null) as CriterionRating | null, justification: byId.get(criterion.id)?.justification ?? '' };
      return {
        id: criterion.id,
        category: criterion.category,
        text: criterion.text,
        ...(criterion.help ? { help: criterion.help } : {}),
        ...rated,
        checks: [...(criterion.checks ?? [])],
        ...criterionProposal({ checks: criterion.checks, ...rated }, checks),
      };
    });
    const computed = recommend(criteria, checks, terms);
    const override = decision?.override_recommendation ? { recommendation: decision.override_recommendation, reason: decision.override_reason } : null;
    const certificateDate = decision?.certificate_date ?? null;
    return {
      caseId,
      editable: canChange(pinned.state, 'assessment'),
      lockReason: lockReason(pinned.state, 'assessment'),
      finalizedAt: decision?.finalized_at ?? null,
      criteria,
      checks,
      computed,
      override,
      recommendation: override?.recommendation ?? computed.recommendation,
      conditions: decision ? (JSON.parse(decision.conditions) as string[]) : [],
      certificate: certificateDate ? { date: certificateDate, validUntil: addMonths(certificateDate, catalogue.certificate.validYears * 12) } : null,
      reopenings: reopenings.map((row) => ({ reason: row.reason, reopenedAt: row.reopened_at })),
    };
  }

  return {
    get,

    async rate({ caseId, criterionId, rating, justification, expectedJustification }: ParsedInput<'certification.rate'>): Promise<Assessment> {
      const { pinned, catalogue } = await cases.context(caseId);
      assertCanChange(pinned, 'assessment');
      if (!catalogue.certification.criteria.some((criterion) => criterion.id === criterionId)) {
        throw invalidInput('criterionId', `Das Kriterium „${criterionId}“ gibt es im Katalog dieses Auditfalls nicht.`);
      }
      const proposal = criterionProposal({ checks: catalogue.certification.criteria.find((criterion) => criterion.id === criterionId)?.checks, rating, justification }, formalChecks(await checkInput(caseId), termsOf(catalogue)));
      if (proposal.deviation && !proposal.deviationJustified) {
        throw invalidInput('justification', `${proposal.deviation} Eine abweichende Bewertung braucht eine Begründung (mindestens ${DEVIATION_JUSTIFICATION_MIN} Zeichen).`);
      }
      const outcome = await repo.saveRating(db, { caseId, criterionId, rating, justification, now: clock.nowIso() }, expectedJustification);
      if (!outcome.stored) throw staleText('justification', 'Diese Begründung', outcome.storedText);
      return get(caseId);
    },

    async decide({ caseId, override, conditions, certificateDate }: ParsedInput<'certification.decide'>): Promise<Assessment> {
      const { pinned, catalogue } = await cases.context(caseId);
      assertCanChange(pinned, 'assessment');
      if (certificateDate) {
        const agreement = await goals.get(caseId);
        const terms = termsOf(catalogue);
        const problem = certificateDateProblem(certificateDate, {
          today: clock.today(),
          resolutionDate: agreement.adopted?.resolutionDate ?? null,
          certificateDate: null,
          reportDates: agreement.reports.map((report) => report.reportDate),
          amendmentDates: [],
        }, terms);
        if (problem) throw invalidInput('certificateDate', problem);
      }
      await repo.saveDecision(db, { caseId, overrideRecommendation: override?.recommendation ?? null, overrideReason: override?.reason ?? '', conditions, certificateDate, now: clock.nowIso() });
      return get(caseId);
    },

    /** Freezes the round. A grant needs a certificate date, which also closes the certificate phase. */
    async finalize(caseId: string): Promise<Assessment> {
      const { pinned, catalogue } = await cases.context(caseId);
      assertCanChange(pinned, 'assessment');
      const assessment = await get(caseId);
      const unrated = assessment.criteria.filter((criterion) => criterion.rating === null).length;
      if (unrated > 0) throw new AppError('CONFLICT', `Noch ${criteriaCount(unrated)} ohne Bewertung; erst dann kann die Begutachtung abgeschlossen werden.`);
      const unexplained = assessment.criteria.filter((criterion) => criterion.deviation && !criterion.deviationJustified);
      if (unexplained.length > 0) {
        throw new AppError('CONFLICT', `${criteriaCount(unexplained.length)} ${unexplained.length === 1 ? 'weicht' : 'weichen'} ohne Begründung von der berechneten Prüfung ab: ${unexplained.map((criterion) => `„${criterion.text}“ – ${criterion.deviation}`).join(' ')} Bitte die Bewertung anpassen oder begründen.`);
      }
      const grants = GRANTS.includes(assessment.recommendation);
      if (grants && !assessment.certificate) throw invalidInput('certificateDate', `Für die Erteilung bitte angeben, an welchem Tag das ${termsOf(catalogue).certificate} erteilt wird.`);
      if (assessment.recommendation === 'erteilen_mit_auflagen' && assessment.conditions.length === 0) {
        throw invalidInput('conditions', 'Für die Erteilung mit Auflagen bitte mindestens eine Auflage festhalten.');
      }
      const resolutionDate = (await goals.get(caseId)).adopted?.resolutionDate ?? null;
      await repo.markFinalized(db, caseId, clock.nowIso(), async (trx) => {
        if (grants && assessment.certificate) await dateMilestonePhases(trx, caseId, catalogue, { kind: 'certificate', date: assessment.certificate.date, resolutionDate });
      });
      return get(caseId);
    },

    /** The assessment workbook for the association, with the profile chart drawn here for UI and CLI alike. */
    async exportWorkbook(caseId: string): Promise<FileOutput> {
      const [detail, { catalogue }, answers, scores, agreement, assessment, events, ideaStore, documents] = await Promise.all([
        cases.get(caseId),
        cases.context(caseId),
        questionnaire.get(caseId),
        scoring.get(caseId),
        goals.get(caseId),
        get(caseId),
        participation.get(caseId),
        ideas.get(caseId),
        evidence.list(caseId),
      ]);
      const exportedAt = clock.nowIso();
      const chartPng = await profileChartPng(scores, `Stärken-Schwächen-Profil – ${detail.municipalityName}`);
      const bytes = await buildAssessmentWorkbook(
        assessmentWorkbookInput({ detail, catalogue, questionnaire: answers, scoring: scores, agreement, assessment, participation: events, ideas: ideaStore, evidence: documents, appVersion, exportedAt, chartPng, sign: (text) => signWith(installationKey(), text) }),
        new Date(exportedAt),
      );
      return { fileName: `Gutachten_${safeFileStem(detail.municipalityName)}_${clock.today()}.xlsx`, contentBase64: bytes.toString('base64') };
    },

    async reopen({ caseId, reason }: ParsedInput<'certification.reopen'>): Promise<Assessment> {
      const pinned = await cases.pinnedCatalogue(caseId);
      if (pinned.state === 'archiviert' || pinned.state === 'papierkorb') assertCanChange(pinned, 'assessment');
      if (pinned.state !== 'abgeschlossen') throw new AppError('CONFLICT', 'Die Begutachtung ist nicht abgeschlossen.');
      await repo.markReopened(db, { id: randomUUID(), caseId, reason, now: clock.nowIso() });
      return get(caseId);
    },
  };
}

export type CertificationService = ReturnType<typeof createCertificationService>;
