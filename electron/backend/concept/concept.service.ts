import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { conceptOutlineOf } from '../../../shared/catalogue/concept-outline';
import { conceptDocument } from '../../../shared/concept/concept-document';
import type { FileOutput } from '../../../shared/contract/common';
import { formatGermanDate } from '../../../shared/domain/dates';
import { safeFileStem } from '../../../shared/domain/file-names';
import type { CasesService } from '../cases/cases.service';
import { profileChartPng } from '../charts/profile-chart';
import type { Clock } from '../clock';
import type { DatabaseSchema } from '../db/schema';
import type { EvidenceService } from '../evidence/evidence.service';
import type { GoalsService } from '../goals/goals.service';
import type { IdeasService } from '../participation/ideas.service';
import type { ParticipationService } from '../participation/participation.service';
import type { QuestionnaireService } from '../questionnaire/questionnaire.service';
import type { ScoringService } from '../scoring/scoring.service';
import { conceptDocx } from './concept-docx';
import { recordNextVersion } from './concept-versions.repository';

interface Deps {
  db: Kysely<DatabaseSchema>;
  clock: Clock;
  cases: CasesService;
  questionnaire: QuestionnaireService;
  scoring: ScoringService;
  participation: ParticipationService;
  ideas: IdeasService;
  goals: GoalsService;
  evidence: EvidenceService;
}

/** The Strategie- or Handlungskonzept of a case as a Word file, the same for the UI and the CLI. */
export function createConceptService({ db, clock, cases, questionnaire, scoring, participation, ideas, goals, evidence }: Deps) {
  return {
    async export(caseId: string): Promise<FileOutput> {
      const [detail, { catalogue }, answers, scores, events, participationSummary, agreement, documents] = await Promise.all([
        cases.get(caseId),
        cases.context(caseId),
        questionnaire.get(caseId),
        scoring.get(caseId),
        participation.get(caseId),
        ideas.summary(caseId),
        goals.get(caseId),
        evidence.list(caseId),
      ]);
      const outline = conceptOutlineOf(catalogue);
      const versionDate = clock.today();
      const number = await recordNextVersion(db, { id: randomUUID(), caseId, conceptName: outline.name, versionDate, exportedAt: clock.nowIso() });
      const document = conceptDocument({
        outline,
        detail,
        questionnaire: answers,
        scoring: scores,
        participation: events,
        participationSummary,
        agreement,
        documents: documents.documents.map((document) => [document.title, document.documentDate ? formatGermanDate(document.documentDate) : '', document.typeLabel].filter(Boolean).join(', ')),
        version: { number, date: versionDate },
      });
      const rated = scores.fields.some((field) => field.score !== null);
      const chartPng = rated ? await profileChartPng(scores, `Stärken-Schwächen-Profil – ${detail.municipalityName}`) : null;
      const bytes = await conceptDocx(document, chartPng);
      return { fileName: `${outline.name}_${safeFileStem(detail.municipalityName)}_Fassung-${number}_${versionDate}.docx`, contentBase64: bytes.toString('base64') };
    },
  };
}

export type ConceptService = ReturnType<typeof createConceptService>;
