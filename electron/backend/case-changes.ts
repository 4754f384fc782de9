import type { CaseArea, MethodName, MethodOutput, ParsedInput } from '../../shared/contract';

/** What a successful call of a mutating method changed: the case (null: none after all) and its area. */
interface CaseChange<M extends MethodName> {
  area: CaseArea;
  caseId(input: ParsedInput<M>, output: MethodOutput<M>): string | null;
}

const byInputCaseId = (area: CaseArea) => ({ area, caseId: (input: { caseId: string }) => input.caseId });
const byInputId = (area: CaseArea) => ({ area, caseId: (input: { id: string }) => input.id });
const byOutputId = (area: CaseArea) => ({ area, caseId: (_input: unknown, output: { id: string }) => output.id });

/**
 * Every contract method, and what it changes in a case: null for methods that read, or that
 * change nothing a case's pages show (exports, previews, catalogues, backups). Adding a method
 * to the contract does not compile until it is listed here.
 */
const CASE_CHANGES: { [M in MethodName]: CaseChange<M> | null } = {
  'app.info': null,
  'settings.get': null,
  'settings.update': null,
  'settings.publicKey': null,
  'catalogues.list': null,
  'catalogues.get': null,
  'catalogues.import': null,
  'cases.list': null,
  'cases.get': null,
  'cases.create': byOutputId('case'),
  'cases.createExample': byOutputId('all'),
  'cases.update': byInputId('case'),
  'cases.setArchived': byInputId('case'),
  'cases.moveToTrash': byInputId('case'),
  'cases.restore': byInputId('case'),
  'cases.deletePermanently': byInputId('all'),
  'timeline.updatePhase': byInputCaseId('case'),
  'questionnaire.get': null,
  'questionnaire.saveAnswer': byInputCaseId('questionnaire'),
  'questionnaire.exportTemplate': null,
  'questionnaire.previewImport': null,
  'questionnaire.applyImport': { area: 'questionnaire', caseId: (input, output) => (output.written ? input.caseId : null) },
  'scoring.get': null,
  'scoring.exportChart': null,
  'scoring.rate': byInputCaseId('scoring'),
  'scoring.saveSummary': byInputCaseId('scoring'),
  'scoring.addItem': byInputCaseId('scoring'),
  'scoring.updateItem': byInputCaseId('scoring'),
  'scoring.moveItem': byInputCaseId('scoring'),
  'scoring.deleteItem': byInputCaseId('scoring'),
  'goals.get': null,
  'participation.get': null,
  'participation.ideas': null,
  'participation.summary': null,
  'participation.previewIdeaImport': null,
  'participation.applyIdeaImport': byInputCaseId('participation'),
  'goals.addNode': byInputCaseId('goals'),
  'goals.addMeasure': byInputCaseId('goals'),
  'goals.renameNode': byInputCaseId('goals'),
  'goals.updateMeasure': byInputCaseId('goals'),
  'goals.move': byInputCaseId('goals'),
  'goals.remove': byInputCaseId('goals'),
  'goals.adopt': byInputCaseId('goals'),
  'goals.correctResolution': byInputCaseId('goals'),
  'participation.saveMember': byInputCaseId('participation'),
  'participation.removeMember': byInputCaseId('participation'),
  'participation.saveEvent': byInputCaseId('participation'),
  'participation.removeEvent': byInputCaseId('participation'),
  'participation.addIdea': byInputCaseId('participation'),
  'participation.updateIdea': byInputCaseId('participation'),
  'participation.vote': byInputCaseId('participation'),
  'participation.setIdeaStatus': byInputCaseId('participation'),
  'participation.linkIdea': byInputCaseId('participation'),
  'participation.removeIdea': byInputCaseId('participation'),
  'participation.ideaToMeasure': byInputCaseId('all'),
  'goals.saveReport': byInputCaseId('goals'),
  'goals.carryOver': byInputCaseId('goals'),
  'certification.get': null,
  'certification.rate': byInputCaseId('certification'),
  'certification.decide': byInputCaseId('certification'),
  'certification.finalize': byInputCaseId('certification'),
  'certification.reopen': byInputCaseId('certification'),
  'certification.exportWorkbook': null,
  'concept.export': null,
  'evidence.list': null,
  'evidence.add': byInputCaseId('evidence'),
  'evidence.link': { area: 'evidence', caseId: (_input, output) => output.caseId },
  'evidence.unlink': { area: 'evidence', caseId: (_input, output) => output.caseId },
  'evidence.read': null,
  'evidence.remove': { area: 'evidence', caseId: (_input, output) => output.caseId },
  'changeLog.caseLog': null,
  'transfer.exportCase': null,
  'transfer.previewCase': null,
  'transfer.importCase': { area: 'all', caseId: (_input, output) => output.caseId },
  'backups.list': null,
  'backups.create': null,
  'backups.read': null,
  // A restore replaces every case at once; it has its own event, data.restored.
  'backups.restore': null,
};

/**
 * The case a successful call changed, and where; null when it changed none. `touch`: the case's
 * last change (`cases.updated_at`, shown in the case list) is to be dated now. Methods of the areas
 * `case` and `all` write the case row themselves and return it, so they are not touched again.
 */
export function caseChangeOf<M extends MethodName>(method: M, input: ParsedInput<M>, output: MethodOutput<M>): { caseId: string; area: CaseArea; touch: boolean } | null {
  const change = CASE_CHANGES[method] as CaseChange<M> | null;
  const caseId = change?.caseId(input, output) ?? null;
  return change && caseId ? { caseId, area: change.area, touch: change.area !== 'case' && change.area !== 'all' } : null;
}
