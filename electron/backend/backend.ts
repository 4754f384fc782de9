import { APP_NAME, APP_VERSION } from './app-version';
import { BUNDLED_CATALOGUES } from './catalogues/bundled-catalogues';
import { createCataloguesService } from './catalogues/catalogues.service';
import { createCasesService } from './cases/cases.service';
import { systemClock, type Clock } from './clock';
import { databaseFile } from './data-dir';
import { openDatabase, type AppDatabase } from './db/database-factory';
import { createSettingsService, type SettingsService } from './settings/settings.service';
import { caseChangeOf } from './case-changes';
import { touchCase } from './cases/cases.repository';
import { createDispatcher, type Dispatch } from './dispatcher';
import { typedInvoke } from '../../shared/contract/invoke';
import { createEventBus, type EventBus } from './events';
import { createHandlers } from './handlers';
import { createQuestionnaireExchangeService } from './questionnaire/questionnaire-exchange.service';
import { createQuestionnaireService } from './questionnaire/questionnaire.service';
import { createScoringService } from './scoring/scoring.service';
import { createGoalsService } from './goals/goals.service';
import { createParticipationService } from './participation/participation.service';
import { createIdeasService } from './participation/ideas.service';
import { createIdeaImportService } from './participation/idea-import.service';
import { createCertificationService } from './certification/certification.service';
import { loadOrCreateInstallationKey, type InstallationKey } from './signing/installation-key';
import { createConceptService } from './concept/concept.service';
import { createContentStore } from './evidence/content-store';
import { createEvidenceService } from './evidence/evidence.service';
import { createEvidenceVault, documentHashesIn, readDocumentHashes } from './evidence/evidence-vault';
import { createRoundLockService } from './certification/round-lock.service';
import { warmWorkbookReader } from './xlsx/read-workbook';
import { createBackupsService, type BackupsService } from './backups/backups.service';
import { createChangeLogService } from './change-log/change-log.service';
import { createTransferService } from './transfer/transfer.service';
import { userInfo } from 'node:os';
import { DatabaseOpenError } from './errors';
import { storageFailure } from './storage-errors';

interface BackendOptions {
  dataDir: string;
  clock?: Clock;
  nativeBinding?: string;
  /** Recorded as the author of imports and changes; the operating-system user by default. */
  user?: string;
  onInternalError?: (method: string, error: unknown) => void;
  /** How long a call is tried again while another program holds the database locked. */
  busyRetryMs?: number;
}

export interface Backend {
  dispatch: Dispatch;
  backups: BackupsService;
  events: EventBus;
  database: AppDatabase;
  /**
   * For the app's own start, once its window is on the way: starts the workbook reader, which
   * loads exceljs in its own thread, so that the first workbook chosen does not wait for it.
   * The main thread is left alone: it serves the window's files and the first list. Tests and
   * the CLI do without.
   */
  warmUp(): void;
  close(): Promise<void>;
}

/** Opens the data folder's database, installs the shipped catalogues, and wires services, handlers and the dispatcher. */
export async function createBackend(options: BackendOptions): Promise<Backend> {
  const database = openDatabase({
    file: databaseFile(options.dataDir),
    appVersion: APP_VERSION,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
  const clock = options.clock ?? systemClock;
  const events = createEventBus();
  const catalogues = createCataloguesService({ db: database.db, clock });
  let settings: SettingsService;
  try {
    settings = await createSettingsService({ db: database.db, fallbackUser: options.user ?? userInfo().username });
    await catalogues.installBundled(BUNDLED_CATALOGUES);
  } catch (error) {
    await database.close();
    const storage = storageFailure(error);
    throw storage ? new DatabaseOpenError('storage', `Im Datenordner ${options.dataDir} kann nicht geschrieben werden. ${storage.message}`) : error;
  }
  const cases = createCasesService({ db: database.db, clock, catalogues, roundLock: createRoundLockService({ db: database.db }) });
  const questionnaire = createQuestionnaireService({ db: database.db, clock, cases });
  const exchange = createQuestionnaireExchangeService({
    db: database.db,
    clock,
    cases,
    catalogues,
    questionnaire,
    appVersion: APP_VERSION,
    currentUser: () => settings.currentUser(),
  });
  const scoring = createScoringService({ db: database.db, clock, cases });
  const goals = createGoalsService({ db: database.db, clock, cases, catalogues });
  const participation = createParticipationService({ db: database.db, clock, cases });
  const ideas = createIdeasService({ db: database.db, clock, cases, goals });
  const contentStore = createContentStore(options.dataDir);
  const evidence = createEvidenceService({ db: database.db, clock, cases, store: contentStore, currentUser: () => settings.currentUser() });
  const vault = createEvidenceVault(options.dataDir, contentStore);
  let key: InstallationKey | null = null;
  const installationKey = () => (key ??= loadOrCreateInstallationKey(options.dataDir));
  const certification = createCertificationService({ db: database.db, clock, cases, questionnaire, scoring, goals, participation, ideas, evidence, appVersion: APP_VERSION, installationKey });
  const backups = createBackupsService({
    database,
    dataDir: options.dataDir,
    clock,
    appVersion: APP_VERSION,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    shippedCatalogues: BUNDLED_CATALOGUES,
    afterBackup: async (keptFiles) => {
      await vault.follow(documentHashesIn(database.sqlite), keptFiles.map((file) => readDocumentHashes(file, options.nativeBinding)));
    },
    afterRestore: async () => {
      await vault.restoreMissing(documentHashesIn(database.sqlite));
      await catalogues.installBundled(BUNDLED_CATALOGUES);
      await settings.keepAfterRestore();
    },
  });
  try {
    await evidence.collectGarbage();
  } catch (error) {
    (options.onInternalError ?? ((method, failure) => console.error(`[backend] ${method} failed:`, failure)))('evidence.startup', error);
  }
  try {
    await backups.createIfDue();
  } catch (error) {
    // A missing start-up backup must not keep the auditor from working; the next start tries again.
    (options.onInternalError ?? ((method, failure) => console.error(`[backend] ${method} failed:`, failure)))('backups.startup', error);
  }
  let dispatch: Dispatch | null = null;
  const handlers = createHandlers({
    clock,
    invokeSelf: () => typedInvoke((method, input) => dispatch!(method, input)),
    changeLog: createChangeLogService({ db: database.db, cases, catalogues, goals, participation }),
    settings,
    installationKey,
    transfer: createTransferService({ database, cases, catalogues, clock, appVersion: APP_VERSION, store: contentStore }),
    backups,
    certification,
    evidence,
    concept: createConceptService({ db: database.db, clock, cases, questionnaire, scoring, participation, ideas, goals, evidence }),
    goals,
    participation,
    ideas,
    ideaImport: createIdeaImportService({ db: database.db, clock, cases, ideas }),
    cases,
    catalogues,
    questionnaire,
    exchange,
    scoring,
    events,
    appInfo: { appName: APP_NAME, version: APP_VERSION, dataDir: options.dataDir, schemaVersion: database.schemaVersion },
  });
  dispatch = createDispatcher(handlers, {
    ...(options.busyRetryMs !== undefined ? { busyRetryMs: options.busyRetryMs } : {}),
    onInternalError: options.onInternalError ?? ((method, error) => console.error(`[backend] ${method} failed:`, error)),
    onSuccess: async ({ method, input, output, origin }) => {
      const change = caseChangeOf(method, input, output);
      if (!change) return;
      if (change.touch) await touchCase(database.db, change.caseId, clock.nowIso());
      events.emit('cases.changed', { caseId: change.caseId, area: change.area, origin });
    },
  });
  return { dispatch, backups, events, database, warmUp: warmWorkbookReader, close: () => database.close() };
}
