import type { HandlerSlice } from '../dispatcher';
import type { GoalsService } from './goals.service';

/** The goal agreement's methods. */
export function goalsHandlers({ goals }: { goals: GoalsService }): HandlerSlice<'goals'> {
  return {
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
  };
}
