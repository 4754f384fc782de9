import type { CataloguesService } from './catalogues/catalogues.service';
import type { CasesService } from './cases/cases.service';
import type { Handlers } from './dispatcher';
import type { EventBus } from './events';
import type { QuestionnaireExchangeService } from './questionnaire/questionnaire-exchange.service';
import type { QuestionnaireService } from './questionnaire/questionnaire.service';
import type { ScoringService } from './scoring/scoring.service';
import type { GoalsService } from './goals/goals.service';
import type { CertificationService } from './certification/certification.service';
import type { BackupsService } from './backups/backups.service';
import type { ChangeLogService } from './audit/change-log.service';
import type { TransferService } from './transfer/transfer.service';
import type { SettingsService } from './settings/settings.service';
import type { Invoke } from '../../shared/contract/invoke';
import type { Clock } from './clock';
import { createExampleRound } from './examples/example-round';
import { factsOf } from './questionnaire/questionnaire.service';

export interface HandlerDeps {
  cases: CasesService;
  catalogues: CataloguesService;
  questionnaire: QuestionnaireService;
  exchange: QuestionnaireExchangeService;
  scoring: ScoringService;
  goals: GoalsService;
  certification: CertificationService;
  backups: BackupsService;
  changeLog: ChangeLogService;
  settings: SettingsService;
  transfer: TransferService;
  events: EventBus;
  appInfo: { appName: string; version: string; dataDir: string; schemaVersion: number };
  clock: Clock;
  /** The dispatcher itself, for methods made of other methods (the worked example); set once it exists. */
  invokeSelf: () => Invoke;
}

/**
 * Maps every contract method to its service call; handlers never know their transport. Case
 * changes are announced centrally, after the call succeeded (case-changes.ts).
 */
export function createHandlers({ cases, catalogues, questionnaire, exchange, scoring, goals, certification, backups, changeLog, settings, transfer, events, appInfo, clock, invokeSelf }: HandlerDeps): Handlers {
  return {
    'app.info': () => appInfo,
    'settings.get': () => settings.get(),
    'settings.update': (input) => settings.update(input),
    'catalogues.list': () => catalogues.list(),
    'catalogues.get': ({ id, version }) => catalogues.get(id, version),
    'catalogues.import': ({ content }) => catalogues.import(content, () => backups.create('import')),
    'cases.list': (input) => cases.list(input),
    'cases.get': ({ id }) => cases.get(id),
    'cases.create': async (input) => {
      const created = await cases.create(input);
      await questionnaire.adoptCaseData(created.id, null);
      return created;
    },
    'cases.createExample': async ({ catalogueId, municipalityName, seed }) => {
      // Built through the contract methods, so the example obeys every rule a real round does.
      const latest = await catalogues.latest(catalogueId);
      return createExampleRound(invokeSelf(), { catalogueId: latest.id, name: municipalityName, seed, today: clock.today() });
    },
    'cases.update': async ({ id, changes }) => {
      const before = factsOf(await cases.get(id));
      const updated = await cases.update(id, changes);
      await questionnaire.adoptCaseData(id, before);
      return updated;
    },
    'cases.setArchived': ({ id, archived }) => cases.setArchived(id, archived),
    'cases.moveToTrash': ({ id }) => cases.moveToTrash(id),
    'cases.restore': ({ id }) => cases.restore(id),
    'cases.deletePermanently': async ({ id }) => {
      await cases.get(id);
      await backups.create('delete');
      return cases.deletePermanently(id);
    },
    'timeline.updatePhase': (input) => cases.updatePhase(input),
    'questionnaire.get': ({ caseId }) => questionnaire.get(caseId),
    'questionnaire.saveAnswer': (input) => questionnaire.saveAnswer(input),
    'questionnaire.exportTemplate': ({ caseId }) => exchange.exportTemplate(caseId),
    'questionnaire.previewImport': ({ caseId, fileName, contentBase64 }) => exchange.preview(caseId, fileName, contentBase64),
    'questionnaire.applyImport': ({ caseId, fileName, contentBase64, overwrite, skipInvalid }) =>
      exchange.apply(caseId, fileName, contentBase64, { overwrite, skipInvalid, beforeWrite: () => backups.create('import') }),
    'scoring.get': ({ caseId }) => scoring.get(caseId),
    'scoring.exportChart': ({ caseId }) => scoring.exportChart(caseId),
    'scoring.rate': (input) => scoring.rate(input),
    'scoring.saveSummary': ({ caseId, fieldId, summary }) => scoring.saveSummary(caseId, fieldId, summary),
    'scoring.addItem': ({ caseId, fieldId, kind, text }) => scoring.addItem(caseId, fieldId, kind, text),
    'scoring.updateItem': ({ caseId, itemId, text }) => scoring.updateItem(caseId, itemId, text),
    'scoring.moveItem': ({ caseId, itemId, toPosition }) => scoring.moveItem(caseId, itemId, toPosition),
    'scoring.deleteItem': ({ caseId, itemId }) => scoring.deleteItem(caseId, itemId),
    'goals.get': ({ caseId }) => goals.get(caseId),
    'goals.addNode': ({ caseId, kind, parentId, title, amendment }) => goals.addNode(caseId, kind, parentId, title, amendment),
    'goals.addMeasure': ({ caseId, goalId, measure, amendment }) => goals.addMeasure(caseId, goalId, measure, amendment),
    'goals.renameNode': ({ caseId, kind, id, title, amendment }) => goals.renameNode(caseId, kind, id, title, amendment),
    'goals.updateMeasure': ({ caseId, measureId, measure, amendment }) => goals.updateMeasure(caseId, measureId, measure, amendment),
    'goals.move': ({ caseId, kind, id, parentId, toPosition, amendment }) => goals.move(caseId, kind, id, parentId, toPosition, amendment),
    'goals.remove': ({ caseId, kind, id, amendment }) => goals.remove(caseId, kind, id, amendment),
    'goals.adopt': ({ caseId, resolutionDate, drucksache }) => goals.adopt(caseId, resolutionDate, drucksache),
    'goals.correctResolution': ({ caseId, resolutionDate, drucksache, reason }) => goals.correctResolution(caseId, resolutionDate, drucksache, reason),
    'goals.saveWorkshop': ({ caseId, kind, heldOn, participants, priorityFields }) => goals.saveWorkshop(caseId, kind, heldOn, participants, priorityFields),
    'goals.saveReport': ({ caseId, year, reportDate, comment, entries }) => goals.saveReport(caseId, year, reportDate, comment, entries),
    'goals.carryOver': ({ caseId, measureIds }) => goals.carryOver(caseId, measureIds),
    'certification.get': ({ caseId }) => certification.get(caseId),
    'certification.rate': ({ caseId, criterionId, rating, justification }) => certification.rate(caseId, criterionId, rating, justification),
    'certification.decide': ({ caseId, override, conditions, certificateDate }) => certification.decide(caseId, override, conditions, certificateDate),
    'certification.finalize': ({ caseId }) => certification.finalize(caseId),
    'certification.reopen': ({ caseId, reason }) => certification.reopen(caseId, reason),
    'audit.caseLog': async ({ caseId, beforeSeq, limit }) => {
      await cases.get(caseId);
      return changeLog.caseLog(caseId, beforeSeq, limit);
    },
    'transfer.exportCase': ({ caseId }) => transfer.exportCase(caseId),
    'transfer.previewCase': ({ fileName, contentBase64 }) => transfer.preview(fileName, contentBase64),
    'transfer.importCase': async ({ fileName, contentBase64, mode }) => {
      let backupBefore: { id: string; createdAt: string } | null = null;
      const result = await transfer.importCase(fileName, contentBase64, mode, async () => {
        const backup = await backups.create('import');
        backupBefore = { id: backup.id, createdAt: backup.createdAt };
      });
      return { ...result, backupBefore };
    },
    'backups.list': () => backups.list(),
    'backups.create': () => backups.create('manual'),
    'backups.read': ({ backupId }) => backups.read(backupId),
    'backups.restore': async (input) => {
      const result = 'backupId' in input ? await backups.restoreBackup(input.backupId) : await backups.restoreUpload(input.fileName, input.contentBase64);
      events.emit('data.restored', { restoredFrom: result.restoredFrom });
      return result;
    },
    'certification.exportWorkbook': ({ caseId }) => certification.exportWorkbook(caseId),
  };
}
