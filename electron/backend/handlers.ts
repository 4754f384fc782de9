import type { CataloguesService } from './catalogues/catalogues.service';
import type { CasesService } from './cases/cases.service';
import type { Handlers } from './dispatcher';
import type { EventBus } from './events';
import type { QuestionnaireExchangeService } from './questionnaire/questionnaire-exchange.service';
import type { QuestionnaireService } from './questionnaire/questionnaire.service';
import type { ScoringService } from './scoring/scoring.service';
import type { GoalsService } from './goals/goals.service';
import type { ParticipationService } from './participation/participation.service';
import type { IdeasService } from './participation/ideas.service';
import type { IdeaImportService } from './participation/idea-import.service';
import type { CertificationService } from './certification/certification.service';
import type { BackupsService } from './backups/backups.service';
import type { ChangeLogService } from './change-log/change-log.service';
import type { TransferService } from './transfer/transfer.service';
import type { SettingsService } from './settings/settings.service';
import type { InstallationKey } from './signing/installation-key';
import type { Invoke } from '../../shared/contract/invoke';
import type { Clock } from './clock';
import { changeLogHandlers } from './change-log/change-log.handlers';
import { backupsHandlers } from './backups/backups.handlers';
import { casesHandlers } from './cases/cases.handlers';
import { cataloguesHandlers } from './catalogues/catalogues.handlers';
import { certificationHandlers } from './certification/certification.handlers';
import { conceptHandlers } from './concept/concept.handlers';
import { evidenceHandlers } from './evidence/evidence.handlers';
import type { EvidenceService } from './evidence/evidence.service';
import type { ConceptService } from './concept/concept.service';
import { goalsHandlers } from './goals/goals.handlers';
import { participationHandlers } from './participation/participation.handlers';
import { questionnaireHandlers } from './questionnaire/questionnaire.handlers';
import { scoringHandlers } from './scoring/scoring.handlers';
import { settingsHandlers } from './settings/settings.handlers';
import { transferHandlers } from './transfer/transfer.handlers';

interface HandlerDeps {
  cases: CasesService;
  catalogues: CataloguesService;
  questionnaire: QuestionnaireService;
  exchange: QuestionnaireExchangeService;
  scoring: ScoringService;
  goals: GoalsService;
  participation: ParticipationService;
  ideas: IdeasService;
  ideaImport: IdeaImportService;
  certification: CertificationService;
  concept: ConceptService;
  evidence: EvidenceService;
  backups: BackupsService;
  changeLog: ChangeLogService;
  settings: SettingsService;
  installationKey: () => InstallationKey;
  transfer: TransferService;
  events: EventBus;
  appInfo: { appName: string; version: string; dataDir: string; schemaVersion: number };
  clock: Clock;
  /** The dispatcher itself, for methods made of other methods (the worked example); set once it exists. */
  invokeSelf: () => Invoke;
}

/**
 * The handler map is the union of every feature's slice (`<feature>.handlers.ts`); the compiler
 * demands every contract method. Handlers never know their transport; case changes are announced
 * centrally, after the call succeeded (case-changes.ts).
 */
export function createHandlers(deps: HandlerDeps): Handlers {
  return {
    'app.info': () => deps.appInfo,
    ...settingsHandlers(deps),
    ...cataloguesHandlers(deps),
    ...casesHandlers(deps),
    ...questionnaireHandlers(deps),
    ...scoringHandlers(deps),
    ...goalsHandlers(deps),
    ...participationHandlers(deps),
    ...certificationHandlers(deps),
    ...conceptHandlers(deps),
    ...evidenceHandlers(deps),
    ...changeLogHandlers(deps),
    ...transferHandlers(deps),
    ...backupsHandlers(deps),
  };
}
