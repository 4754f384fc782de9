import { z } from '../zod';
import { appInfoSchema } from './app';
import { settingsSchema, updateSettingsInputSchema } from './settings';
import { caseLogInputSchema, caseLogSchema } from './audit';
import { transferFileInputSchema, transferImportInputSchema, transferImportResultSchema, transferPreviewSchema } from './transfer';
import { backupIdSchema, backupInfoSchema, restoreInputSchema, restoreResultSchema } from './backups';
import { catalogueImportInputSchema, catalogueImportResultSchema, catalogueRefSchema, catalogueSchema, catalogueSummarySchema } from './catalogues';
import {
  caseArchiveInputSchema,
  caseDetailSchema,
  caseInputSchema,
  caseListInputSchema,
  caseListOutputSchema,
  caseUpdateInputSchema,
  createExampleInputSchema,
  phaseUpdateInputSchema,
} from './cases';
import { byIdSchema, emptyInputSchema, idSchema } from './common';
import { caseChangedSchema } from './case-events';
import { questionnaireSchema, saveAnswerInputSchema, saveAnswerOutputSchema } from './questionnaire';
import { assessmentSchema, decideInputSchema, exportAssessmentInputSchema, rateCertificationInputSchema, reopenInputSchema } from './certification';
import {
  addMeasureInputSchema,
  addNodeInputSchema,
  adoptInputSchema,
  correctResolutionInputSchema,
  agreementSchema,
  carryOverInputSchema,
  moveNodeInputSchema,
  removeNodeInputSchema,
  renameNodeInputSchema,
  reportInputSchema,
  updateMeasureInputSchema,
  workshopInputSchema,
} from './goals';
import {
  addItemInputSchema,
  deleteItemInputSchema,
  moveItemInputSchema,
  rateInputSchema,
  scoringSchema,
  summaryInputSchema,
  updateItemInputSchema,
} from './scoring';
import { applyImportInputSchema, applyImportResultSchema, fileInputSchema, fileOutputSchema, importReportSchema } from './questionnaire-exchange';

function method<I extends z.ZodType, O extends z.ZodType>(input: I, output: O) {
  return { input, output };
}

/** Every backend method, named `domain.verb`, with the schemas of its input and output. */
export const contract = {
  'app.info': method(emptyInputSchema, appInfoSchema),
  'settings.get': method(emptyInputSchema, settingsSchema),
  'settings.update': method(updateSettingsInputSchema, settingsSchema),
  'catalogues.list': method(emptyInputSchema, z.array(catalogueSummarySchema)),
  'catalogues.get': method(catalogueRefSchema, catalogueSchema),
  'catalogues.import': method(catalogueImportInputSchema, catalogueImportResultSchema),
  'cases.list': method(caseListInputSchema, caseListOutputSchema),
  'cases.get': method(byIdSchema, caseDetailSchema),
  'cases.create': method(caseInputSchema, caseDetailSchema),
  'cases.createExample': method(createExampleInputSchema, caseDetailSchema),
  'cases.update': method(caseUpdateInputSchema, caseDetailSchema),
  'cases.setArchived': method(caseArchiveInputSchema, caseDetailSchema),
  'cases.moveToTrash': method(byIdSchema, caseDetailSchema),
  'cases.restore': method(byIdSchema, caseDetailSchema),
  'cases.deletePermanently': method(byIdSchema, z.object({ id: idSchema })),
  'timeline.updatePhase': method(phaseUpdateInputSchema, caseDetailSchema),
  'questionnaire.get': method(z.object({ caseId: idSchema }), questionnaireSchema),
  'questionnaire.saveAnswer': method(saveAnswerInputSchema, saveAnswerOutputSchema),
  'questionnaire.exportTemplate': method(z.object({ caseId: idSchema }), fileOutputSchema),
  'questionnaire.previewImport': method(fileInputSchema, importReportSchema),
  'questionnaire.applyImport': method(applyImportInputSchema, applyImportResultSchema),
  'scoring.get': method(z.object({ caseId: idSchema }), scoringSchema),
  'scoring.exportChart': method(z.object({ caseId: idSchema }), fileOutputSchema),
  'scoring.rate': method(rateInputSchema, scoringSchema),
  'scoring.saveSummary': method(summaryInputSchema, scoringSchema),
  'scoring.addItem': method(addItemInputSchema, scoringSchema),
  'scoring.updateItem': method(updateItemInputSchema, scoringSchema),
  'scoring.moveItem': method(moveItemInputSchema, scoringSchema),
  'scoring.deleteItem': method(deleteItemInputSchema, scoringSchema),
  'goals.get': method(z.object({ caseId: idSchema }), agreementSchema),
  'goals.addNode': method(addNodeInputSchema, agreementSchema),
  'goals.addMeasure': method(addMeasureInputSchema, agreementSchema),
  'goals.renameNode': method(renameNodeInputSchema, agreementSchema),
  'goals.updateMeasure': method(updateMeasureInputSchema, agreementSchema),
  'goals.move': method(moveNodeInputSchema, agreementSchema),
  'goals.remove': method(removeNodeInputSchema, agreementSchema),
  'goals.adopt': method(adoptInputSchema, agreementSchema),
  'goals.correctResolution': method(correctResolutionInputSchema, agreementSchema),
  'goals.saveWorkshop': method(workshopInputSchema, agreementSchema),
  'goals.saveReport': method(reportInputSchema, agreementSchema),
  'goals.carryOver': method(carryOverInputSchema, agreementSchema),
  'certification.get': method(z.object({ caseId: idSchema }), assessmentSchema),
  'certification.rate': method(rateCertificationInputSchema, assessmentSchema),
  'certification.decide': method(decideInputSchema, assessmentSchema),
  'certification.finalize': method(z.object({ caseId: idSchema }), assessmentSchema),
  'certification.reopen': method(reopenInputSchema, assessmentSchema),
  'certification.exportWorkbook': method(exportAssessmentInputSchema, fileOutputSchema),
  'audit.caseLog': method(caseLogInputSchema, caseLogSchema),
  'transfer.exportCase': method(z.object({ caseId: idSchema }), fileOutputSchema),
  'transfer.previewCase': method(transferFileInputSchema, transferPreviewSchema),
  'transfer.importCase': method(transferImportInputSchema, transferImportResultSchema),
  'backups.list': method(emptyInputSchema, z.array(backupInfoSchema)),
  'backups.create': method(emptyInputSchema, backupInfoSchema),
  'backups.read': method(z.object({ backupId: backupIdSchema }), fileOutputSchema),
  'backups.restore': method(restoreInputSchema, restoreResultSchema),
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Contract[M]['output']>;

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}

/** Events the backend pushes to every window. */
export const events = {
  /** A call changed one case; sent after every successful mutating method (see electron/backend/case-changes.ts). */
  'cases.changed': caseChangedSchema,
  /** Everything was replaced by a backup; windows reload their data. */
  'data.restored': z.object({ restoredFrom: z.string() }),
} as const;

export type EventName = keyof typeof events;
export type EventPayload<E extends EventName> = z.infer<(typeof events)[E]>;

export * from './result';
export * from './case-events';
export * from './cases';
export * from './app';
export * from './catalogues';
export * from './questionnaire';
export * from './questionnaire-exchange';
export * from './scoring';
export * from './goals';
export * from './certification';
export * from './backups';
export * from './audit';
export * from './transfer';
export * from './settings';
